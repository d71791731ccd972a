// Every model function a spreadsheet function calls (the function table's model calls): the
// generated UNO methods see them all through this header.
#pragma once

#include "fondscijfers/accres.hpp"
#include "fondscijfers/bcf.hpp"
#include "fondscijfers/changes.hpp"
#include "fondscijfers/circulaire.hpp"
#include "fondscijfers/default_stand.hpp"
#include "fondscijfers/explain.hpp"
#include "fondscijfers/opschalingskorting.hpp"
#include "fondscijfers/year_figure.hpp"
