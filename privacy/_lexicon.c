/* A read-only table of words -> a 32-bit value, looked up at C speed (see privacy/lexicon.py).
 *
 * The table is built in Python (NumPy) and handed over as two buffers of the same length, a
 * power of two: the slots' keys (uint64, EMPTY where free) and their values (uint32). A word's
 * key is the FNV-1a hash of its code points (word_key below, lexicon.word_keys in NumPy), its
 * first slot the key's murmur3 finalizer, then linear probing. Two words share a key with a
 * probability of about 2^-64 per pair: the table stores keys, not words.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#include "hashmix.h"

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

typedef struct {
    PyObject_HEAD
    Py_buffer keys_view;
    Py_buffer values_view;
    int views;
    const uint64_t *keys;
    const uint32_t *values;
    uint64_t mask;
} Table;

/* The key of text[start:end]: FNV-1a over its code points, never EMPTY. */
static uint64_t word_key(PyObject *text, Py_ssize_t start, Py_ssize_t end) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    uint64_t key = FNV_OFFSET;
    for (Py_ssize_t i = start; i < end; i++) {
        key ^= (uint64_t)PyUnicode_READ(kind, data, i);
        key *= FNV_PRIME;
    }
    return key == EMPTY ? EMPTY - 1 : key;
}

/* The slot holding key, or -1. */
static Py_ssize_t find(const Table *self, uint64_t key) {
    if (self->mask == 0 && self->keys == NULL) {
        return -1;
    }
    uint64_t slot = mix(key) & self->mask;
    for (;;) {
        uint64_t found = self->keys[slot];
        if (found == key) {
            return (Py_ssize_t)slot;
        }
        if (found == EMPTY) {
            return -1;
        }
        slot = (slot + 1) & self->mask;
    }
}

static void table_dealloc(Table *self) {
    if (self->views > 0) {
        PyBuffer_Release(&self->keys_view);
    }
    if (self->views > 1) {
        PyBuffer_Release(&self->values_view);
    }
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int table_init(Table *self, PyObject *args, PyObject *kwargs) {
    PyObject *keys, *values;
    if (!PyArg_ParseTuple(args, "OO", &keys, &values)) {
        return -1;
    }
    if (self->views) {
        PyErr_SetString(PyExc_RuntimeError, "Table is already initialised");
        return -1;
    }
    if (PyObject_GetBuffer(keys, &self->keys_view, PyBUF_SIMPLE) < 0) {
        return -1;
    }
    self->views = 1;
    if (PyObject_GetBuffer(values, &self->values_view, PyBUF_SIMPLE) < 0) {
        return -1;
    }
    self->views = 2;
    Py_ssize_t slots = self->keys_view.len / 8;
    if (self->keys_view.len % 8 || self->values_view.len != slots * 4) {
        PyErr_SetString(PyExc_ValueError, "keys must be uint64 and values uint32, as many");
        return -1;
    }
    if (slots == 0 || (slots & (slots - 1))) {
        PyErr_SetString(PyExc_ValueError, "the number of slots must be a power of two");
        return -1;
    }
    self->keys = self->keys_view.buf;
    self->values = self->values_view.buf;
    self->mask = (uint64_t)(slots - 1);
    return 0;
}

/* The slot of text[start:end] (start and end as in slicing, clipped), or -1 in *slot; -1 on
 * error. Arguments are read by hand (METH_FASTCALL): the rules call this in inner loops. */
static int slot_of(Table *self, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t *slot) {
    if (nargs < 1 || nargs > 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "expected (text: str, start: int = 0, end: int = len)");
        return -1;
    }
    PyObject *text = args[0];
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    Py_ssize_t start = 0, end = length;
    if (nargs > 1 && (start = PyLong_AsSsize_t(args[1])) == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (nargs > 2 && (end = PyLong_AsSsize_t(args[2])) == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (end > length) {
        end = length;
    }
    if (start < 0 || start > end) {
        PyErr_SetString(PyExc_IndexError, "start out of range");
        return -1;
    }
    *slot = find(self, word_key(text, start, end));
    return 0;
}

static PyObject *table_get(Table *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t slot;
    if (slot_of(self, args, nargs, &slot) < 0) {
        return NULL;
    }
    if (slot < 0) {
        Py_RETURN_NONE;
    }
    return PyLong_FromUnsignedLong(self->values[slot]);
}

static PyObject *table_slot(Table *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t slot;
    if (slot_of(self, args, nargs, &slot) < 0) {
        return NULL;
    }
    return PyLong_FromSsize_t(slot);
}

static PyMethodDef table_methods[] = {
    {"get", (PyCFunction)(void (*)(void))table_get, METH_FASTCALL,
     "get(text, start=0, end=len(text)): the value of the word text[start:end], or None."},
    {"slot", (PyCFunction)(void (*)(void))table_slot, METH_FASTCALL,
     "slot(text, start=0, end=len(text)): the slot of the word text[start:end], or -1."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "privacy._lexicon.Table",
    .tp_basicsize = sizeof(Table),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Table(keys, values): words (by key) -> uint32 values, read-only.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)table_init,
    .tp_dealloc = (destructor)table_dealloc,
    .tp_methods = table_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "privacy._lexicon",
    "A read-only hash table of words for privacy.lexicon.", -1, NULL,
};

PyMODINIT_FUNC PyInit__lexicon(void) {
    if (PyType_Ready(&TableType) < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) {
        return NULL;
    }
    Py_INCREF(&TableType);
    if (PyModule_AddObject(m, "Table", (PyObject *)&TableType) < 0) {
        Py_DECREF(&TableType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
