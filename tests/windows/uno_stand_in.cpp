// Stand-ins of LibreOffice's sal3.dll and cppu3.dll for the test of the Windows component
// under Wine (tests/windows/run_dispatcher.py): the functions of addin/windows/sal3.def and
// cppu3.def, which the stand-ins export exactly (the .def files are their export lists), with
// the semantics of the real ones for the values the component exchanges: texts, anys,
// sequences, the types of the add-in interface and the exceptions it raises. Built twice:
// FONDSCIJFERS_STAND_IN_SAL3 gives sal3.dll, FONDSCIJFERS_STAND_IN_CPPU3 cppu3.dll.
//
// Every text, sequence and any value this code allocates is counted; the test executable asks
// for the count (fondscijfers_stand_in_live) to find what a call leaked.
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <new>
#include <rtl/alloc.h>
#include <rtl/string.h>
#include <rtl/textenc.h>
#include <rtl/ustring.h>
#include <sal/types.h>
#include <string>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/sequence2.h>

#if defined FONDSCIJFERS_STAND_IN_SAL3

namespace {

std::atomic<long> live{0};

void* allocate(std::size_t size) {
    void* memory = std::malloc(size);
    if (!memory) std::abort();
    ++live;
    return memory;
}

void deallocate(void* memory) {
    --live;
    std::free(memory);
}

rtl_uString* new_text(sal_Int32 length) {
    auto* text = static_cast<rtl_uString*>(
        allocate(sizeof(rtl_uString) + sizeof(sal_Unicode) * static_cast<std::size_t>(length)));
    text->refCount = 1;
    text->length = length;
    text->buffer[length] = 0;
    return text;
}

void assign(rtl_uString** target, rtl_uString* text) {
    if (*target) rtl_uString_release(*target);
    *target = text;
}

rtl_uString* text_of(const sal_Unicode* characters, sal_Int32 length) {
    rtl_uString* text = new_text(length);
    if (length > 0)
        std::memcpy(text->buffer, characters,
                    sizeof(sal_Unicode) * static_cast<std::size_t>(length));
    return text;
}

// As rtl's own trim: control characters and spaces, and the spaces of General Punctuation.
bool is_whitespace(sal_Unicode c) {
    if (c <= 32 && c) return true;
    return (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029;
}

// UTF-16 from UTF-8; anything else is read as Latin-1 (the component converts UTF-8 only).
std::u16string decode(const char* bytes, sal_Int32 length, rtl_TextEncoding encoding) {
    std::u16string out;
    const auto* b = reinterpret_cast<const unsigned char*>(bytes);
    for (sal_Int32 i = 0; i < length;) {
        char32_t c = b[i];
        int more = 0;
        if (encoding == RTL_TEXTENCODING_UTF8 && c >= 0x80) {
            more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            c &= more == 3 ? 0x07u : more == 2 ? 0x0Fu : 0x1Fu;
        }
        ++i;
        for (; more > 0 && i < length; --more, ++i)
            c = (c << 6) | (b[i] & 0x3Fu);
        if (c >= 0x10000) {
            out += static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
            out += static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            out += static_cast<char16_t>(c);
        }
    }
    return out;
}

std::string encode(const sal_Unicode* text, sal_Int32 length) {
    std::string out;
    for (sal_Int32 i = 0; i < length; ++i) {
        char32_t c = static_cast<char16_t>(text[i]);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length) {
            c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char16_t>(text[++i]) - 0xDC00u);
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

} // namespace

extern "C" {

__declspec(dllexport) long fondscijfers_stand_in_live() {
    return live.load();
}

void SAL_CALL rtl_uString_acquire(rtl_uString* text) SAL_THROW_EXTERN_C() {
    ++reinterpret_cast<std::atomic<oslInterlockedCount>&>(text->refCount);
}

void SAL_CALL rtl_uString_release(rtl_uString* text) SAL_THROW_EXTERN_C() {
    if (--reinterpret_cast<std::atomic<oslInterlockedCount>&>(text->refCount) == 0)
        deallocate(text);
}

void SAL_CALL rtl_uString_new(rtl_uString** text) SAL_THROW_EXTERN_C() {
    assign(text, new_text(0));
}

void SAL_CALL rtl_uString_newFromAscii(rtl_uString** text, const char* ascii) SAL_THROW_EXTERN_C() {
    const auto length = static_cast<sal_Int32>(std::strlen(ascii));
    rtl_uString* made = new_text(length);
    for (sal_Int32 i = 0; i < length; ++i)
        made->buffer[i] = static_cast<sal_Unicode>(static_cast<unsigned char>(ascii[i]));
    assign(text, made);
}

void SAL_CALL rtl_uString_newFromStr_WithLength(rtl_uString** text, const sal_Unicode* characters,
                                                sal_Int32 length) SAL_THROW_EXTERN_C() {
    assign(text, text_of(characters, length));
}

void SAL_CALL rtl_uString_newTrim(rtl_uString** text, rtl_uString* from) SAL_THROW_EXTERN_C() {
    sal_Int32 first = 0, end = from->length;
    while (first < end && is_whitespace(from->buffer[first]))
        ++first;
    while (end > first && is_whitespace(from->buffer[end - 1]))
        --end;
    assign(text, text_of(from->buffer + first, end - first));
}

void SAL_CALL rtl_string2UString(rtl_uString** text, const char* bytes, sal_Int32 length,
                                 rtl_TextEncoding encoding, sal_uInt32) SAL_THROW_EXTERN_C() {
    const std::u16string decoded = decode(bytes, length, encoding);
    rtl_uString* made = new_text(static_cast<sal_Int32>(decoded.size()));
    for (std::size_t i = 0; i < decoded.size(); ++i)
        made->buffer[i] = static_cast<sal_Unicode>(decoded[i]);
    assign(text, made);
}

void SAL_CALL rtl_uString2String(rtl_String** bytes, const sal_Unicode* text, sal_Int32 length,
                                 rtl_TextEncoding, sal_uInt32) SAL_THROW_EXTERN_C() {
    const std::string encoded = encode(text, length);
    auto* made = static_cast<rtl_String*>(allocate(sizeof(rtl_String) + encoded.size()));
    made->refCount = 1;
    made->length = static_cast<sal_Int32>(encoded.size());
    std::memcpy(made->buffer, encoded.c_str(), encoded.size() + 1);
    if (*bytes) rtl_string_release(*bytes);
    *bytes = made;
}

void SAL_CALL rtl_string_release(rtl_String* bytes) SAL_THROW_EXTERN_C() {
    if (--reinterpret_cast<std::atomic<oslInterlockedCount>&>(bytes->refCount) == 0)
        deallocate(bytes);
}

void* SAL_CALL rtl_allocateMemory(sal_Size size) SAL_THROW_EXTERN_C() {
    return allocate(size);
}

void SAL_CALL rtl_freeMemory(void* memory) SAL_THROW_EXTERN_C() {
    if (memory) deallocate(memory);
}

} // extern "C"

#elif defined FONDSCIJFERS_STAND_IN_CPPU3

namespace {

std::string ascii(rtl_uString* text) {
    std::string out;
    for (sal_Int32 i = 0; i < text->length; ++i)
        out += static_cast<char>(text->buffer[i]);
    return out;
}

rtl_uString* new_name(const std::string& name) {
    rtl_uString* text = nullptr;
    rtl_uString_newFromAscii(&text, name.c_str());
    return text;
}

// Every type known here, by name, with its description; none is ever freed (as the real
// library keeps the types it has handed out).
struct Type {
    typelib_TypeDescriptionReference reference{};
    typelib_TypeDescription* description = nullptr;
};

std::map<std::string, Type*>& types() {
    static std::map<std::string, Type*> known;
    return known;
}

typelib_TypeDescriptionReference* reference(typelib_TypeClass type_class, const std::string& name) {
    Type*& type = types()[name];
    if (!type) {
        type = new Type;
        type->reference.eTypeClass = type_class;
        type->reference.pTypeName = new_name(name);
        type->reference.nRefCount = 1;
        type->reference.nStaticRefCount = 1;
    }
    return &type->reference;
}

typelib_TypeDescription* describe(typelib_TypeDescription* description,
                                  typelib_TypeClass type_class, const std::string& name,
                                  sal_Int32 size, sal_Int32 alignment) {
    typelib_TypeDescriptionReference* ref = reference(type_class, name);
    description->nRefCount = 1;
    description->nStaticRefCount = 1;
    description->eTypeClass = type_class;
    description->pTypeName = new_name(name);
    description->pSelf = description;
    description->bComplete = true;
    description->nSize = size;
    description->nAlignment = alignment;
    description->pWeakRef = ref;
    ref->pType = description;
    types()[name]->description = description;
    return description;
}

// The exceptions the component raises, as the type library describes them.
typelib_CompoundTypeDescription*
exception(const std::string& name, typelib_CompoundTypeDescription* base,
          std::initializer_list<std::pair<const char*, typelib_TypeDescriptionReference*>> members,
          std::initializer_list<sal_Int32> offsets, sal_Int32 size) {
    auto* compound = new typelib_CompoundTypeDescription{};
    describe(&compound->aBase, typelib_TypeClass_EXCEPTION, name, size, 8);
    compound->pBaseTypeDescription = base;
    compound->nMembers = static_cast<sal_Int32>(members.size());
    compound->pMemberOffsets = new sal_Int32[members.size() + 1];
    compound->ppTypeRefs = new typelib_TypeDescriptionReference*[members.size() + 1];
    compound->ppMemberNames = new rtl_uString*[members.size() + 1];
    std::size_t i = 0;
    for (const auto& [member, type] : members) {
        compound->pMemberOffsets[i] = offsets.begin()[i];
        compound->ppTypeRefs[i] = type;
        compound->ppMemberNames[i] = new_name(member);
        ++i;
    }
    return compound;
}

constexpr const char* simple_names[] = {"void",   "char",           "boolean", "byte",
                                        "short",  "unsigned short", "long",    "unsigned long",
                                        "hyper",  "unsigned hyper", "float",   "double",
                                        "string", "type",           "any"};

typelib_TypeDescriptionReference* simple(typelib_TypeClass type_class) {
    return reference(type_class, simple_names[type_class]);
}

void set_up() {
    static const bool done = [] {
        for (int c = typelib_TypeClass_VOID; c <= typelib_TypeClass_ANY; ++c)
            simple(static_cast<typelib_TypeClass>(c));
        typelib_TypeDescriptionReference* xinterface =
            reference(typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
        auto* root = exception(
            "com.sun.star.uno.Exception", nullptr,
            {{"Message", simple(typelib_TypeClass_STRING)}, {"Context", xinterface}}, {0, 8}, 16);
        auto* runtime = exception("com.sun.star.uno.RuntimeException", root, {}, {}, 16);
        exception("com.sun.star.lang.IllegalArgumentException", runtime,
                  {{"ArgumentPosition", simple(typelib_TypeClass_SHORT)}}, {16}, 24);
        return true;
    }();
    (void)done;
}

Type* known(typelib_TypeDescriptionReference* ref) {
    const auto found = types().find(ascii(ref->pTypeName));
    if (found == types().end()) std::abort(); // a type this stand-in was never told of
    return found->second;
}

std::size_t size_of(typelib_TypeDescriptionReference* ref) {
    switch (ref->eTypeClass) {
    case typelib_TypeClass_VOID:
        return 0;
    case typelib_TypeClass_BOOLEAN:
    case typelib_TypeClass_BYTE:
        return 1;
    case typelib_TypeClass_CHAR:
    case typelib_TypeClass_SHORT:
    case typelib_TypeClass_UNSIGNED_SHORT:
        return 2;
    case typelib_TypeClass_LONG:
    case typelib_TypeClass_UNSIGNED_LONG:
    case typelib_TypeClass_FLOAT:
    case typelib_TypeClass_ENUM:
        return 4;
    case typelib_TypeClass_HYPER:
    case typelib_TypeClass_UNSIGNED_HYPER:
    case typelib_TypeClass_DOUBLE:
        return 8;
    case typelib_TypeClass_STRING:
    case typelib_TypeClass_TYPE:
    case typelib_TypeClass_SEQUENCE:
    case typelib_TypeClass_INTERFACE:
        return sizeof(void*);
    case typelib_TypeClass_ANY:
        return sizeof(uno_Any);
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        return static_cast<std::size_t>(known(ref)->description->nSize);
    default:
        std::abort();
    }
}

typelib_TypeDescriptionReference* element_of(typelib_TypeDescriptionReference* sequence) {
    return reinterpret_cast<typelib_IndirectTypeDescription*>(known(sequence)->description)->pType;
}

void acquire_reference(typelib_TypeDescriptionReference* ref) {
    ++reinterpret_cast<std::atomic<sal_Int32>&>(ref->nRefCount);
}

void release_reference(typelib_TypeDescriptionReference* ref) {
    --reinterpret_cast<std::atomic<sal_Int32>&>(ref->nRefCount); // never freed
}

uno_Sequence* new_sequence(std::size_t elements, std::size_t element_size) {
    auto* sequence = static_cast<uno_Sequence*>(
        rtl_allocateMemory(SAL_SEQUENCE_HEADER_SIZE + elements * element_size + 1));
    sequence->nRefCount = 1;
    sequence->nElements = static_cast<sal_Int32>(elements);
    return sequence;
}

void construct(void* value, typelib_TypeDescriptionReference* ref);
void copy(void* value, const void* from, typelib_TypeDescriptionReference* ref,
          uno_AcquireFunc acquire);
void destruct(void* value, typelib_TypeDescriptionReference* ref, uno_ReleaseFunc release);

void void_any(uno_Any* any) {
    any->pType = simple(typelib_TypeClass_VOID);
    acquire_reference(any->pType);
    any->pData = &any->pReserved;
    any->pReserved = nullptr;
}

// An any of `ref` holding a copy of `from` (or the type's default value).
void construct_any(uno_Any* any, const void* from, typelib_TypeDescriptionReference* ref,
                   uno_AcquireFunc acquire) {
    if (!ref || ref->eTypeClass == typelib_TypeClass_VOID) return void_any(any);
    if (ref->eTypeClass == typelib_TypeClass_ANY) { // an any in an any is the inner one
        const auto* inner = static_cast<const uno_Any*>(from);
        return construct_any(any, inner ? inner->pData : nullptr, inner ? inner->pType : nullptr,
                             acquire);
    }
    any->pType = ref;
    acquire_reference(ref);
    const std::size_t size = size_of(ref);
    any->pData =
        size <= sizeof(void*) ? static_cast<void*>(&any->pReserved) : rtl_allocateMemory(size);
    any->pReserved = nullptr;
    if (from)
        copy(any->pData, from, ref, acquire);
    else
        construct(any->pData, ref);
}

void destruct_any(uno_Any* any, uno_ReleaseFunc release) {
    destruct(any->pData, any->pType, release);
    if (any->pData != &any->pReserved) rtl_freeMemory(any->pData);
    release_reference(any->pType);
}

void acquire_interface(void* object, uno_AcquireFunc acquire) {
    if (!object) return;
    if (acquire)
        acquire(object);
    else
        static_cast<uno_Interface*>(object)->acquire(static_cast<uno_Interface*>(object));
}

void release_interface(void* object, uno_ReleaseFunc release) {
    if (!object) return;
    if (release)
        release(object);
    else
        static_cast<uno_Interface*>(object)->release(static_cast<uno_Interface*>(object));
}

typelib_CompoundTypeDescription* compound_of(typelib_TypeDescriptionReference* ref) {
    return reinterpret_cast<typelib_CompoundTypeDescription*>(known(ref)->description);
}

template <class Each> void each_member(typelib_CompoundTypeDescription* compound, Each&& each) {
    if (compound->pBaseTypeDescription) each_member(compound->pBaseTypeDescription, each);
    for (sal_Int32 i = 0; i < compound->nMembers; ++i)
        each(compound->pMemberOffsets[i], compound->ppTypeRefs[i]);
}

void construct(void* value, typelib_TypeDescriptionReference* ref) {
    switch (ref->eTypeClass) {
    case typelib_TypeClass_STRING:
        *static_cast<rtl_uString**>(value) = nullptr;
        rtl_uString_new(static_cast<rtl_uString**>(value));
        return;
    case typelib_TypeClass_TYPE:
        *static_cast<typelib_TypeDescriptionReference**>(value) = simple(typelib_TypeClass_VOID);
        acquire_reference(simple(typelib_TypeClass_VOID));
        return;
    case typelib_TypeClass_SEQUENCE:
        *static_cast<uno_Sequence**>(value) = new_sequence(0, 0);
        return;
    case typelib_TypeClass_ANY:
        return void_any(static_cast<uno_Any*>(value));
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        each_member(compound_of(ref),
                    [&](sal_Int32 offset, typelib_TypeDescriptionReference* member) {
                        construct(static_cast<char*>(value) + offset, member);
                    });
        return;
    default:
        std::memset(value, 0, size_of(ref));
    }
}

void copy(void* value, const void* from, typelib_TypeDescriptionReference* ref,
          uno_AcquireFunc acquire) {
    switch (ref->eTypeClass) {
    case typelib_TypeClass_STRING:
        *static_cast<rtl_uString**>(value) = *static_cast<rtl_uString* const*>(from);
        rtl_uString_acquire(*static_cast<rtl_uString**>(value));
        return;
    case typelib_TypeClass_TYPE:
        *static_cast<typelib_TypeDescriptionReference**>(value) =
            *static_cast<typelib_TypeDescriptionReference* const*>(from);
        acquire_reference(*static_cast<typelib_TypeDescriptionReference**>(value));
        return;
    case typelib_TypeClass_SEQUENCE: {
        uno_Sequence* sequence = *static_cast<uno_Sequence* const*>(from);
        ++reinterpret_cast<std::atomic<sal_Int32>&>(sequence->nRefCount);
        *static_cast<uno_Sequence**>(value) = sequence;
        return;
    }
    case typelib_TypeClass_INTERFACE:
        *static_cast<void**>(value) = *static_cast<void* const*>(from);
        acquire_interface(*static_cast<void**>(value), acquire);
        return;
    case typelib_TypeClass_ANY: {
        const auto* any = static_cast<const uno_Any*>(from);
        return construct_any(static_cast<uno_Any*>(value), any->pData, any->pType, acquire);
    }
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        each_member(compound_of(ref),
                    [&](sal_Int32 offset, typelib_TypeDescriptionReference* member) {
                        copy(static_cast<char*>(value) + offset,
                             static_cast<const char*>(from) + offset, member, acquire);
                    });
        return;
    default:
        std::memcpy(value, from, size_of(ref));
    }
}

void destruct(void* value, typelib_TypeDescriptionReference* ref, uno_ReleaseFunc release) {
    switch (ref->eTypeClass) {
    case typelib_TypeClass_STRING:
        return rtl_uString_release(*static_cast<rtl_uString**>(value));
    case typelib_TypeClass_TYPE:
        return release_reference(*static_cast<typelib_TypeDescriptionReference**>(value));
    case typelib_TypeClass_SEQUENCE: {
        uno_Sequence* sequence = *static_cast<uno_Sequence**>(value);
        if (--reinterpret_cast<std::atomic<sal_Int32>&>(sequence->nRefCount) != 0) return;
        if (sequence->nElements > 0) {
            typelib_TypeDescriptionReference* element = element_of(ref);
            const std::size_t size = size_of(element);
            for (sal_Int32 i = 0; i < sequence->nElements; ++i)
                destruct(sequence->elements + static_cast<std::size_t>(i) * size, element, release);
        }
        return rtl_freeMemory(sequence);
    }
    case typelib_TypeClass_INTERFACE:
        return release_interface(*static_cast<void**>(value), release);
    case typelib_TypeClass_ANY:
        return destruct_any(static_cast<uno_Any*>(value), release);
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        each_member(compound_of(ref),
                    [&](sal_Int32 offset, typelib_TypeDescriptionReference* member) {
                        destruct(static_cast<char*>(value) + offset, member, release);
                    });
        return;
    default:
        return;
    }
}

typelib_TypeDescriptionReference* reference_of(typelib_TypeDescription* description) {
    return description ? description->pWeakRef : nullptr;
}

} // namespace

extern "C" {

typelib_TypeDescriptionReference** SAL_CALL
typelib_static_type_getByTypeClass(typelib_TypeClass type_class) SAL_THROW_EXTERN_C() {
    set_up();
    if (type_class > typelib_TypeClass_ANY) std::abort();
    static typelib_TypeDescriptionReference* simple_types[typelib_TypeClass_ANY + 1];
    if (!simple_types[type_class]) simple_types[type_class] = simple(type_class);
    return &simple_types[type_class];
}

void SAL_CALL typelib_static_sequence_type_init(typelib_TypeDescriptionReference** ref,
                                                typelib_TypeDescriptionReference* element)
    SAL_THROW_EXTERN_C() {
    set_up();
    if (*ref) return;
    const std::string name = "[]" + ascii(element->pTypeName);
    *ref = reference(typelib_TypeClass_SEQUENCE, name);
    if (!known(*ref)->description) {
        auto* sequence = new typelib_IndirectTypeDescription{};
        describe(&sequence->aBase, typelib_TypeClass_SEQUENCE, name, sizeof(void*), 8);
        sequence->pType = element;
    }
}

void SAL_CALL typelib_typedescriptionreference_newByAsciiName(
    typelib_TypeDescriptionReference** ref, typelib_TypeClass type_class, const char* name)
    SAL_THROW_EXTERN_C() {
    set_up();
    if (*ref) release_reference(*ref);
    *ref = reference(type_class, name);
    acquire_reference(*ref);
}

void SAL_CALL typelib_typedescriptionreference_acquire(typelib_TypeDescriptionReference* ref)
    SAL_THROW_EXTERN_C() {
    acquire_reference(ref);
}

void SAL_CALL typelib_typedescriptionreference_release(typelib_TypeDescriptionReference* ref)
    SAL_THROW_EXTERN_C() {
    release_reference(ref);
}

sal_Bool SAL_CALL typelib_typedescriptionreference_equals(const typelib_TypeDescriptionReference* a,
                                                          const typelib_TypeDescriptionReference* b)
    SAL_THROW_EXTERN_C() {
    return a == b || (a->eTypeClass == b->eTypeClass && ascii(a->pTypeName) == ascii(b->pTypeName));
}

void SAL_CALL typelib_typedescription_getByName(typelib_TypeDescription** description,
                                                rtl_uString* name) SAL_THROW_EXTERN_C() {
    set_up();
    if (*description) typelib_typedescription_release(*description);
    *description = nullptr;
    const auto found = types().find(ascii(name));
    if (found == types().end() || !found->second->description) return;
    *description = found->second->description;
    typelib_typedescription_acquire(*description);
}

void SAL_CALL typelib_typedescription_acquire(typelib_TypeDescription* description)
    SAL_THROW_EXTERN_C() {
    ++reinterpret_cast<std::atomic<sal_Int32>&>(description->nRefCount);
}

void SAL_CALL typelib_typedescription_release(typelib_TypeDescription* description)
    SAL_THROW_EXTERN_C() {
    --reinterpret_cast<std::atomic<sal_Int32>&>(description->nRefCount); // never freed
}

void SAL_CALL typelib_typedescriptionreference_getDescription(typelib_TypeDescription** description,
                                                              typelib_TypeDescriptionReference* ref)
    SAL_THROW_EXTERN_C() {
    if (*description) typelib_typedescription_release(*description);
    *description = known(ref)->description;
    if (*description) typelib_typedescription_acquire(*description);
}

void SAL_CALL uno_type_any_construct(uno_Any* any, void* from,
                                     typelib_TypeDescriptionReference* ref, uno_AcquireFunc acquire)
    SAL_THROW_EXTERN_C() {
    construct_any(any, from, ref, acquire);
}

void SAL_CALL uno_any_construct(uno_Any* any, void* from, typelib_TypeDescription* description,
                                uno_AcquireFunc acquire) SAL_THROW_EXTERN_C() {
    construct_any(any, from, reference_of(description), acquire);
}

void SAL_CALL uno_any_destruct(uno_Any* any, uno_ReleaseFunc release) SAL_THROW_EXTERN_C() {
    destruct_any(any, release);
}

sal_Bool SAL_CALL uno_type_sequence_construct(uno_Sequence** sequence,
                                              typelib_TypeDescriptionReference* ref, void* elements,
                                              sal_Int32 length, uno_AcquireFunc acquire)
    SAL_THROW_EXTERN_C() {
    typelib_TypeDescriptionReference* element = element_of(ref);
    const std::size_t size = size_of(element);
    uno_Sequence* made = new_sequence(static_cast<std::size_t>(length), size);
    for (sal_Int32 i = 0; i < length; ++i) {
        void* value = made->elements + static_cast<std::size_t>(i) * size;
        if (elements)
            copy(value, static_cast<const char*>(elements) + static_cast<std::size_t>(i) * size,
                 element, acquire);
        else
            construct(value, element);
    }
    *sequence = made;
    return true;
}

void SAL_CALL uno_constructData(void* value, typelib_TypeDescription* description)
    SAL_THROW_EXTERN_C() {
    construct(value, reference_of(description));
}

void SAL_CALL uno_type_constructData(void* value, typelib_TypeDescriptionReference* ref)
    SAL_THROW_EXTERN_C() {
    construct(value, ref);
}

void SAL_CALL uno_destructData(void* value, typelib_TypeDescription* description,
                               uno_ReleaseFunc release) SAL_THROW_EXTERN_C() {
    destruct(value, reference_of(description), release);
}

void SAL_CALL uno_type_destructData(void* value, typelib_TypeDescriptionReference* ref,
                                    uno_ReleaseFunc release) SAL_THROW_EXTERN_C() {
    destruct(value, ref, release);
}

} // extern "C"

#else
#error "Define FONDSCIJFERS_STAND_IN_SAL3 or FONDSCIJFERS_STAND_IN_CPPU3"
#endif
