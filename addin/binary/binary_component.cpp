// The component Calc calls, in binary UNO: one object with a dispatcher for XFunctions,
// XTypeProvider and XServiceInfo, and its factory. Calc reaches add-in methods through core
// reflection, which calls a binary-UNO dispatcher directly; a C++ component is reached
// through the C++ bridge instead, which costs 16 to 31 % of every call
// (docs/development.md, "Design"). The methods are generated from the function table
// (binary_methods.inc); no domain logic lives here.
#include "binary_component.hpp"

#include "methods.hpp"
#include "values.hpp"

#include <atomic>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <span>
#include <typelib/typedescription.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>

namespace fondscijfers::addin {
namespace {

// The names this component answers to; the benchmark package builds it under its own.
#ifdef FONDSCIJFERS_SERVICE_NAME
constexpr std::string_view our_service = FONDSCIJFERS_SERVICE_NAME;
constexpr std::string_view our_implementation = FONDSCIJFERS_IMPLEMENTATION_NAME;
#else
constexpr std::string_view our_service = service_name;
constexpr std::string_view our_implementation = implementation_name;
#endif

constexpr std::string_view xinterface = "com.sun.star.uno.XInterface";
constexpr std::string_view xtype_provider = "com.sun.star.lang.XTypeProvider";
constexpr std::string_view xservice_info = "com.sun.star.lang.XServiceInfo";
constexpr std::string_view xfactory = "com.sun.star.lang.XSingleComponentFactory";
constexpr std::string_view illegal_argument = "com.sun.star.lang.IllegalArgumentException";
constexpr std::string_view runtime_exception = "com.sun.star.uno.RuntimeException";

// XInterface has three members (queryInterface, acquire, release); each interface's own
// methods follow, numbered on from there (typelib_InterfaceMemberTypeDescription::nPosition).
constexpr sal_Int32 first_own_method = 3;

bool equals(rtl_uString* text, std::string_view ascii) noexcept {
    if (static_cast<std::size_t>(text->length) != ascii.size()) return false;
    for (std::size_t i = 0; i < ascii.size(); ++i)
        if (text->buffer[i] != static_cast<unsigned char>(ascii[i])) return false;
    return true;
}

// "nl.fondscijfers.calc.XFunctions::accres" is a member of "nl.fondscijfers.calc.XFunctions".
bool is_member_of(rtl_uString* member, std::string_view interface) noexcept {
    const std::size_t length = interface.size();
    if (static_cast<std::size_t>(member->length) < length + 2) return false;
    for (std::size_t i = 0; i < length; ++i)
        if (member->buffer[i] != static_cast<unsigned char>(interface[i])) return false;
    return member->buffer[length] == ':' && member->buffer[length + 1] == ':';
}

typelib_TypeDescriptionReference* interface_type(std::string_view name) noexcept {
    typelib_TypeDescriptionReference* type = nullptr;
    // The names are literals: terminated.
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE,
                                                    name.data());
    return type;
}

typelib_TypeDescriptionReference* sequence_type(typelib_TypeClass element) noexcept {
    typelib_TypeDescriptionReference* type = nullptr;
    typelib_static_sequence_type_init(&type, *typelib_static_type_getByTypeClass(element));
    return type;
}

void new_text(rtl_uString** out, std::string_view utf8_text) {
    *out = nullptr;
    rtl_string2UString(out, utf8_text.data(), static_cast<sal_Int32>(utf8_text.size()),
                       RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    if (!*out) throw std::bad_alloc();
}

// Constructs the exception `type` with `message` in **exception (the caller's memory); the
// pointer stays set, which tells the caller that the call raised.
void raise(uno_Any** exception, std::string_view type, std::string_view message) noexcept {
    typelib_TypeDescription* description = nullptr;
    try {
        UString name(type);
        typelib_typedescription_getByName(&description, name.get());
    } catch (...) {
    }
    if (!description) {
        // No type library knows it: no office is that broken, but stay an exception.
        if (type != runtime_exception) return raise(exception, runtime_exception, message);
        put_empty(*exception);
        return;
    }
    // Room for the exception: those raised here are a few pointers large.
    alignas(std::max_align_t) unsigned char memory[256];
    if (static_cast<std::size_t>(description->nSize) > sizeof memory) {
        typelib_typedescription_release(description);
        if (type != runtime_exception) return raise(exception, runtime_exception, message);
        put_empty(*exception);
        return;
    }
    void* value = memory;
    uno_constructData(value, description);
    // The message is the first member of com.sun.star.uno.Exception, the root of every one.
    auto* root = reinterpret_cast<typelib_CompoundTypeDescription*>(description);
    while (root->pBaseTypeDescription)
        root = root->pBaseTypeDescription;
    auto* text =
        reinterpret_cast<rtl_uString**>(static_cast<char*>(value) + root->pMemberOffsets[0]);
    rtl_uString* old = *text;
    try {
        new_text(text, message);
        rtl_uString_release(old);
    } catch (...) {
        *text = old; // the empty message it had
    }
    uno_any_construct(*exception, value, description, nullptr);
    uno_destructData(value, description, nullptr);
    typelib_typedescription_release(description);
}

// One binary-UNO object: the component or its factory.
struct Object {
    uno_Interface uno; // first: the pointer handed out is this object's
    std::atomic<sal_Int32> count{1};
};

void SAL_CALL acquire(uno_Interface* object) {
    reinterpret_cast<Object*>(object)->count.fetch_add(1, std::memory_order_relaxed);
}

void SAL_CALL release(uno_Interface* object) {
    auto* self = reinterpret_cast<Object*>(object);
    if (self->count.fetch_sub(1, std::memory_order_acq_rel) == 1) delete self;
}

// Answers queryInterface: the object itself for the interfaces it has, else nothing.
void query_interface(uno_Interface* self, std::span<const std::string_view> names, void* result,
                     void* asked_argument) noexcept {
    auto* asked = *static_cast<typelib_TypeDescriptionReference**>(asked_argument);
    for (const auto name : names)
        if (equals(asked->pTypeName, name)) {
            void* object = self;
            uno_type_any_construct(static_cast<uno_Any*>(result), &object, asked, nullptr);
            return;
        }
    put_empty(static_cast<uno_Any*>(result));
}

// XServiceInfo, at its position among its members; false for no such member.
bool service_info(sal_Int32 position, void* result, void* arguments[]) {
    switch (position) {
    case first_own_method: // getImplementationName
        new_text(static_cast<rtl_uString**>(result), our_implementation);
        return true;
    case first_own_method + 1: // supportsService
        *static_cast<sal_Bool*>(result) = equals(string_parameter(arguments[0]), our_service);
        return true;
    case first_own_method + 2: { // getSupportedServiceNames
        static typelib_TypeDescriptionReference* const names =
            sequence_type(typelib_TypeClass_STRING);
        UString name(our_service);
        auto* out = static_cast<uno_Sequence**>(result);
        *out = nullptr;
        if (!uno_type_sequence_construct(out, names, name.address(), 1, nullptr))
            throw std::bad_alloc();
        return true;
    }
    }
    return false;
}

// The interface a method belongs to, known by the name of its member description. The
// description of XFunctions that Calc passes is kept (acquired, so that its address stays
// its own) and recognised by address after the first call.
enum class Interface { functions, type_provider, service_info, factory, other };

Interface interface_of(const typelib_TypeDescription* member) noexcept {
    static std::atomic<typelib_InterfaceTypeDescription*> functions_seen{nullptr};
    if (member->eTypeClass != typelib_TypeClass_INTERFACE_METHOD) return Interface::other;
    auto* owner =
        reinterpret_cast<const typelib_InterfaceMethodTypeDescription*>(member)->pInterface;
    if (owner && owner == functions_seen.load(std::memory_order_acquire))
        return Interface::functions;
    rtl_uString* name = member->pTypeName;
    if (is_member_of(name, interface_type_name)) {
        typelib_InterfaceTypeDescription* expected = nullptr;
        if (owner) {
            typelib_typedescription_acquire(&owner->aBase);
            if (!functions_seen.compare_exchange_strong(expected, owner, std::memory_order_acq_rel))
                typelib_typedescription_release(&owner->aBase);
        }
        return Interface::functions;
    }
    if (is_member_of(name, xservice_info)) return Interface::service_info;
    if (is_member_of(name, xtype_provider)) return Interface::type_provider;
    if (is_member_of(name, xfactory)) return Interface::factory;
    return Interface::other;
}

// XInterface's acquire and release, should a caller dispatch them instead of calling the
// interface's own function pointers (LibreOffice's own dispatchers accept both).
bool acquire_or_release(uno_Interface* self, sal_Int32 position) noexcept {
    if (position == 1) (*self->acquire)(self);
    if (position == 2) (*self->release)(self);
    return position == 1 || position == 2;
}

sal_Int32 position_of(const typelib_TypeDescription* member) noexcept {
    return reinterpret_cast<const typelib_InterfaceMemberTypeDescription*>(member)->nPosition;
}

// What every object of ours answers (queryInterface for `names`, acquire and release,
// XServiceInfo), then `own(interface, position, result, arguments)` for its own members:
// an Outcome, or nullopt for no such member (RuntimeException). Nothing escapes.
template <class Own>
void dispatch(uno_Interface* self, const typelib_TypeDescription* member, void* result,
              void* arguments[], uno_Any** exception, std::span<const std::string_view> names,
              Own&& own) {
    try {
        const sal_Int32 position = position_of(member);
        std::optional<Outcome> outcome;
        if (position == 0) { // queryInterface, of whichever interface
            query_interface(self, names, result, arguments[0]);
            outcome = Outcome{};
        } else if (acquire_or_release(self, position)) {
            outcome = Outcome{};
        } else if (const Interface which = interface_of(member); which == Interface::service_info) {
            if (service_info(position, result, arguments)) outcome = Outcome{};
        } else {
            outcome = own(which, position, result, arguments);
        }
        if (!outcome)
            raise(exception, runtime_exception, "Fondscijfers: no such method");
        else if (outcome->illegal_argument)
            raise(exception, illegal_argument, outcome->message);
        else
            *exception = nullptr;
    } catch (const std::exception& e) {
        raise(exception, runtime_exception, e.what());
    } catch (...) {
        raise(exception, runtime_exception, "Fondscijfers: unknown error");
    }
}

// A new empty sequence of the type in *result, or one of `elements`.
void put_sequence(void* result, typelib_TypeDescriptionReference* type, void* elements,
                  sal_Int32 length) {
    auto* out = static_cast<uno_Sequence**>(result);
    *out = nullptr;
    if (!uno_type_sequence_construct(out, type, elements, length, nullptr)) throw std::bad_alloc();
}

// The component's own members: XFunctions' methods and XTypeProvider.
std::optional<Outcome> component_member(Interface which, sal_Int32 position, void* result,
                                        void* arguments[]) {
    if (which == Interface::functions) {
        const auto index = static_cast<std::size_t>(position - first_own_method);
        const auto table = methods();
        if (position < first_own_method || index >= table.size()) return std::nullopt;
        return call(table[index], arguments, static_cast<uno_Any*>(result));
    }
    if (which == Interface::type_provider && position == first_own_method) { // getTypes
        static typelib_TypeDescriptionReference* const types_type =
            sequence_type(typelib_TypeClass_TYPE);
        static typelib_TypeDescriptionReference* const types[] = {
            interface_type(interface_type_name), interface_type(xtype_provider),
            interface_type(xservice_info)};
        put_sequence(result, types_type, const_cast<void*>(static_cast<const void*>(types)),
                     static_cast<sal_Int32>(std::size(types)));
        return Outcome{};
    }
    if (which == Interface::type_provider && position == first_own_method + 1) {
        // getImplementationId: none (deprecated)
        static typelib_TypeDescriptionReference* const bytes =
            sequence_type(typelib_TypeClass_BYTE);
        put_sequence(result, bytes, nullptr, 0);
        return Outcome{};
    }
    return std::nullopt;
}

void SAL_CALL dispatch_component(uno_Interface* self, const typelib_TypeDescription* member,
                                 void* result, void* arguments[], uno_Any** exception) {
    static constexpr std::string_view names[] = {interface_type_name, xinterface, xtype_provider,
                                                 xservice_info};
    dispatch(self, member, result, arguments, exception, names, component_member);
}

void SAL_CALL dispatch_factory(uno_Interface* self, const typelib_TypeDescription* member,
                               void* result, void* arguments[], uno_Any** exception) {
    static constexpr std::string_view names[] = {xfactory, xinterface, xservice_info};
    dispatch(self, member, result, arguments, exception, names,
             [](Interface which, sal_Int32 position, void* out, void*[]) -> std::optional<Outcome> {
                 // createInstanceWithContext, createInstanceWithArgumentsAndContext: no
                 // arguments are used.
                 if (which != Interface::factory ||
                     (position != first_own_method && position != first_own_method + 1))
                     return std::nullopt;
                 *static_cast<uno_Interface**>(out) = new_component();
                 return Outcome{};
             });
}

uno_Interface* new_object(uno_DispatchMethod dispatcher) {
    return &(new Object{{acquire, release, dispatcher}})->uno;
}

} // namespace

uno_Interface* new_component() {
    return new_object(dispatch_component);
}

uno_Interface* new_factory() {
    return new_object(dispatch_factory);
}

} // namespace fondscijfers::addin

extern "C" {

// The environment of the objects this library makes: binary UNO.
SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char** name,
                                                                          uno_Environment**) {
    *name = "uno";
}

// The factory of the implementation named, acquired; null for any other name.
SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation, void*, void*) {
    using fondscijfers::addin::our_implementation;
    if (!implementation || our_implementation != implementation) return nullptr;
    try {
        return fondscijfers::addin::new_factory();
    } catch (...) {
        return nullptr;
    }
}

} // extern "C"
