/* The cheap per-text features of privacy.recognizers.base.cell_hints, in one pass over the
 * code points (the pre-filters read them for every cell the screen scans).
 *
 * hints(text) -> (digits, cjk, at, alpha, dots, colons): ASCII digits counted, whether a CJK
 * ideograph (U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF) occurs, whether "@" does, whether an
 * ASCII letter does, and the counts of "." and ":".
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *hints(PyObject *module, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "hints() takes a str");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t digits = 0, dots = 0, colons = 0;
    int cjk = 0, at = 0, alpha = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 0x80) {
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                alpha = 1;
            } else if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            } else if (c == '@') {
                at = 1;
            }
        } else if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
                   (c >= 0xF900 && c <= 0xFAFF)) {
            cjk = 1;
        }
    }
    return Py_BuildValue("(nOOOnn)", digits, cjk ? Py_True : Py_False, at ? Py_True : Py_False,
                         alpha ? Py_True : Py_False, dots, colons);
}

static PyMethodDef methods[] = {
    {"hints", (PyCFunction)hints, METH_O,
     "hints(text) -> (digits, cjk, at, alpha, dots, colons)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_hints", "The per-text features of the screen's pre-filters.", -1,
    methods,
};

PyMODINIT_FUNC PyInit__hints(void) { return PyModule_Create(&module); }
