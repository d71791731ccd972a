# The model's sources, relative to model/src: one list for the host build
# (fondscijfers_model_library) and the Windows build (addin/windows/CMakeLists.txt), which adds
# the catalogue_data.cpp the host's generator wrote.
set(FONDSCIJFERS_MODEL_SOURCES
  accres.cpp
  bcf.cpp
  catalogue.cpp
  circulaire.cpp
  default_stand.cpp
  explain.cpp
  figures.cpp
  growth.cpp
  named.cpp
  opschalingskorting.cpp
  stand.cpp
  text_codes.cpp
  texts.cpp
  changes.cpp
  year.cpp
  year_figure.cpp
)
