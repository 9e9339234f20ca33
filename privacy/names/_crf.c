/* Decoding the person-name CRF for one text at C speed (see privacy/names/crf.py).
 *
 * A Model holds the folded weight tables of privacy.names.features' templates:
 *   unigrams  distinct rows [7 offsets][3 labels] (character, class and flags), and each
 *             code point's row among them (uint16 x 65536)
 *   bigrams   open-addressed table of character pairs -> rows [4 offsets][3]
 *   skip      pairs (i-1, i+1) -> rows [3]
 *   trigrams  character triples -> their dictionary class -> rows [3 offsets][3]
 *   cues      role-word gaps [3][3], title gaps [4][3], bias [3], transitions [3][3]
 * decode() computes every character's emission scores, then Viterbi and forward-backward
 * (in probability space, rescaled at each step), and returns the Viterbi names plus the
 * runs of characters whose name probability reaches the threshold.
 *
 * The tables are built in Python (crf.py) and handed over as buffers, which the Model
 * keeps (and keeps alive). Arithmetic is in double precision, as crfsuite's.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "../hashmix.h"

#define LABELS 3
#define B 0
#define I 1
#define O 2
#define CODEPOINTS 0x10000
#define PAD 3
#define UNIGRAM_REACH 3 /* unigram offsets -3..3 */
#define UNIGRAMS (2 * UNIGRAM_REACH + 1)
#define BOS 2
#define EOS 3
#define SHIFT 21

typedef struct {
    const uint64_t *keys;   /* slot keys; EMPTY where free */
    const int32_t *index;   /* row of the slot's key */
    uint64_t mask;          /* slots - 1 (a power of two) */
} Hash;


typedef struct {
    PyObject_HEAD
    Py_buffer buffers[17];
    int nbuffers;
    const double *transitions;    /* [3][3] from -> to */
    const double *bias;           /* [3] */
    const double *unigrams;       /* [rows][7][3] */
    const uint16_t *row_of;       /* [65536]: each code point's unigram row */
    Hash bigrams;
    const double *bigram_rows;    /* [n][4][3] */
    const double *bigram_default; /* [4][3] */
    Hash skips;
    const double *skip_rows;      /* [n][3] */
    Hash trigrams;
    const double *trigram_rows;   /* [classes][3][3] */
    const double *trigram_default;/* [3][3] */
    const double *roles;          /* [3][3] */
    const double *titles;         /* [4][3] */
} Model;

static inline int32_t look_up(const Hash *hash, uint64_t key) {
    if (hash->mask == 0) {
        return -1;
    }
    uint64_t slot = mix(key) & hash->mask;
    for (;;) {
        uint64_t found = hash->keys[slot];
        if (found == key) {
            return hash->index[slot];
        }
        if (found == EMPTY) {
            return -1;
        }
        slot = (slot + 1) & hash->mask;
    }
}

static int take(Model *self, PyObject *object, const void **into, Py_ssize_t expected_bytes) {
    Py_buffer *view = &self->buffers[self->nbuffers];
    if (PyObject_GetBuffer(object, view, PyBUF_SIMPLE) < 0) {
        return -1;
    }
    self->nbuffers++;
    if (expected_bytes >= 0 && view->len != expected_bytes) {
        PyErr_Format(PyExc_ValueError, "table of %zd bytes, expected %zd", view->len,
                     expected_bytes);
        return -1;
    }
    *into = view->buf;
    return 0;
}

static int take_hash(Model *self, PyObject *keys, PyObject *index, Hash *hash) {
    const void *k, *v;
    if (take(self, keys, &k, -1) < 0 || take(self, index, &v, -1) < 0) {
        return -1;
    }
    Py_ssize_t slots = self->buffers[self->nbuffers - 2].len / 8;
    if (slots && (slots & (slots - 1))) {
        PyErr_SetString(PyExc_ValueError, "hash slots must be a power of two");
        return -1;
    }
    hash->keys = k;
    hash->index = v;
    hash->mask = slots ? (uint64_t)(slots - 1) : 0;
    return 0;
}

static void model_dealloc(Model *self) {
    for (int k = 0; k < self->nbuffers; k++) {
        PyBuffer_Release(&self->buffers[k]);
    }
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int model_init(Model *self, PyObject *args, PyObject *kwargs) {
    PyObject *t, *bias, *uni, *rof, *bk, *bi, *br, *bd, *sk, *si, *sr, *tk, *ti, *tr, *td, *ro,
        *tt;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOOOOOOOO", &t, &bias, &uni, &rof, &bk, &bi, &br, &bd,
                          &sk, &si, &sr, &tk, &ti, &tr, &td, &ro, &tt)) {
        return -1;
    }
    const void *p;
    if (take(self, t, &p, 9 * 8) < 0) return -1;
    self->transitions = p;
    if (take(self, bias, &p, 3 * 8) < 0) return -1;
    self->bias = p;
    if (take(self, uni, &p, -1) < 0) return -1;
    self->unigrams = p;
    Py_ssize_t unigram_rows = self->buffers[self->nbuffers - 1].len / (UNIGRAMS * 3 * 8);
    if (take(self, rof, &p, CODEPOINTS * 2) < 0) return -1;
    self->row_of = p;
    for (Py_ssize_t k = 0; k < CODEPOINTS; k++) {
        if (self->row_of[k] >= unigram_rows) {
            PyErr_SetString(PyExc_ValueError, "a code point's unigram row is out of range");
            return -1;
        }
    }
    if (take_hash(self, bk, bi, &self->bigrams) < 0) return -1;
    if (take(self, br, &p, -1) < 0) return -1;
    self->bigram_rows = p;
    if (take(self, bd, &p, 4 * 3 * 8) < 0) return -1;
    self->bigram_default = p;
    if (take_hash(self, sk, si, &self->skips) < 0) return -1;
    if (take(self, sr, &p, -1) < 0) return -1;
    self->skip_rows = p;
    if (take_hash(self, tk, ti, &self->trigrams) < 0) return -1;
    if (take(self, tr, &p, -1) < 0) return -1;
    self->trigram_rows = p;
    if (take(self, td, &p, 3 * 3 * 8) < 0) return -1;
    self->trigram_default = p;
    if (take(self, ro, &p, 3 * 3 * 8) < 0) return -1;
    self->roles = p;
    if (take(self, tt, &p, 4 * 3 * 8) < 0) return -1;
    self->titles = p;
    return 0;
}

static inline void add(double *to, const double *row) {
    to[0] += row[0];
    to[1] += row[1];
    to[2] += row[2];
}

/* Emission scores of the n characters of cps[PAD .. PAD + n) (cps padded with BOS/EOS).
 * Each character pair and triple is looked up once: the pair starting at position j serves the
 * bigram offsets -2..1 of four characters, the triple at j the trigram offsets -2..0 of three
 * (pair_at/triple_at hold the rows, -1 for none, for j in [PAD - 2, PAD + n + 1)). The rows are
 * added in the same order as before, so the sums are the same to the last bit. */
static void emissions(const Model *m, const uint32_t *cps, const uint16_t *rows, Py_ssize_t n,
                      const char *role_at, const char *title_at, int32_t *pair_at,
                      int32_t *triple_at, double *out) {
    for (Py_ssize_t j = PAD - 2; j < PAD + n + 1; j++) {
        uint64_t pair = ((uint64_t)cps[j] << SHIFT) | cps[j + 1];
        pair_at[j] = look_up(&m->bigrams, pair);
        triple_at[j] = j + 2 < n + 2 * PAD ? look_up(&m->trigrams, (pair << SHIFT) | cps[j + 2])
                                           : -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        const uint32_t *c = cps + PAD + i;
        const uint16_t *r = rows + PAD + i;
        const int32_t *p = pair_at + PAD + i;
        const int32_t *t = triple_at + PAD + i;
        double *e = out + 3 * i;
        e[0] = m->bias[0];
        e[1] = m->bias[1];
        e[2] = m->bias[2];
        for (int o = -UNIGRAM_REACH; o <= UNIGRAM_REACH; o++) {
            add(e, m->unigrams + ((size_t)r[o] * UNIGRAMS + (o + UNIGRAM_REACH)) * 3);
        }
        for (int o = -2; o <= 1; o++) {
            int32_t row = p[o];
            add(e, row >= 0 ? m->bigram_rows + ((size_t)row * 4 + (o + 2)) * 3
                            : m->bigram_default + (o + 2) * 3);
        }
        {
            int32_t row = look_up(&m->skips, ((uint64_t)c[-1] << SHIFT) | c[1]);
            if (row >= 0) add(e, m->skip_rows + (size_t)row * 3);
        }
        for (int o = -2; o <= 0; o++) {
            int32_t row = t[o];
            add(e, row >= 0 ? m->trigram_rows + ((size_t)row * 3 + (o + 2)) * 3
                            : m->trigram_default + (o + 2) * 3);
        }
        for (int k = 0; k < 3; k++) {
            if (i - k >= 0 && role_at[i - k]) add(e, m->roles + k * 3);
        }
        for (int k = 1; k <= 4; k++) {
            if (i + k < n && title_at[i + k]) add(e, m->titles + (k - 1) * 3);
        }
    }
}

/* The decoded text: Viterbi labels and each character's name probability (in memory). */
typedef struct {
    char *memory;
    Py_ssize_t n;
    unsigned char *labels;
    double *name;
    char *scratch; /* n + 1 bytes free for the caller */
} Decoded;

/* Decode text; 0 on success (free d->memory with PyMem_Free), -1 with an exception set. */
static int run(const Model *self, PyObject *text, PyObject *role_ends, PyObject *title_starts,
               Decoded *d) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    d->n = n;
    d->memory = NULL;
    if (n == 0) {
        return 0;
    }
    /* one allocation: code points, cue flags, emissions, Viterbi, forward, backward; the
     * code points' unigram rows, then the pair and triple rows at each position, after the
     * rest */
    size_t cps_bytes = sizeof(uint32_t) * (n + 2 * PAD);
    size_t rows_bytes = sizeof(uint16_t) * (n + 2 * PAD);
    size_t lookups_bytes = 2 * sizeof(int32_t) * (n + 2 * PAD);
    size_t flags_bytes = 2 * (size_t)(n + 1);
    size_t doubles = (size_t)n * 3 * 4 + 8;
    char *memory = PyMem_Malloc(cps_bytes + flags_bytes + doubles * sizeof(double) +
                                (size_t)n * 3 + (size_t)n + 16 + rows_bytes + 8 + lookups_bytes + 8);
    if (memory == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    d->memory = memory;
    uint32_t *cps = (uint32_t *)memory;
    char *role_at = memory + cps_bytes;
    char *title_at = role_at + n + 1;
    double *emit = (double *)(((uintptr_t)(title_at + n + 1) + 7) & ~(uintptr_t)7);
    double *delta = emit + 3 * n;
    double *alpha = delta + 3 * n;
    double *beta = alpha + 3 * n;
    unsigned char *back = (unsigned char *)(beta + 3 * n + 8);
    unsigned char *labels = back + 3 * n;
    uint16_t *rows = (uint16_t *)(((uintptr_t)(labels + n) + 7) & ~(uintptr_t)7);
    int32_t *pair_at = (int32_t *)(((uintptr_t)(rows + n + 2 * PAD) + 7) & ~(uintptr_t)7);
    int32_t *triple_at = pair_at + n + 2 * PAD;

    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (int k = 0; k < PAD; k++) {
        cps[k] = BOS;
        cps[n + PAD + k] = EOS;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        cps[PAD + i] = ch < CODEPOINTS ? ch : CODEPOINTS - 1;
    }
    for (Py_ssize_t i = 0; i < n + 2 * PAD; i++) {
        rows[i] = self->row_of[cps[i]];
    }
    memset(role_at, 0, flags_bytes);
    PyObject *lists[2] = {role_ends, title_starts};
    char *flags[2] = {role_at, title_at};
    for (int l = 0; l < 2; l++) {
        PyObject *seq = PySequence_Fast(lists[l], "cue positions must be a sequence");
        if (seq == NULL) {
            return -1;
        }
        for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(seq); k++) {
            Py_ssize_t at = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, k));
            if (at >= 0 && at < n) flags[l][at] = 1;
        }
        Py_DECREF(seq);
    }
    if (PyErr_Occurred()) {
        return -1;
    }
    emissions(self, cps, rows, n, role_at, title_at, pair_at, triple_at, emit);
    const double *T = self->transitions;
    double expT[9];
    for (int k = 0; k < 9; k++) expT[k] = exp(T[k]);
    /* Viterbi */
    for (int y = 0; y < 3; y++) delta[y] = emit[y];
    for (Py_ssize_t t = 1; t < n; t++) {
        for (int y = 0; y < 3; y++) {
            int best = 0;
            double top = delta[3 * (t - 1)] + T[y];
            for (int x = 1; x < 3; x++) {
                double s = delta[3 * (t - 1) + x] + T[3 * x + y];
                if (s > top) {
                    top = s;
                    best = x;
                }
            }
            delta[3 * t + y] = top + emit[3 * t + y];
            back[3 * t + y] = (unsigned char)best;
        }
    }
    int state = 0;
    for (int y = 1; y < 3; y++) {
        if (delta[3 * (n - 1) + y] > delta[3 * (n - 1) + state]) state = y;
    }
    for (Py_ssize_t t = n - 1; t >= 0; t--) {
        labels[t] = (unsigned char)state;
        if (t) state = back[3 * t + state];
    }
    /* forward-backward with rescaling; emissions shifted by their maximum for range */
    for (Py_ssize_t t = 0; t < n; t++) {
        double *e = emit + 3 * t;
        double top = e[0] > e[1] ? (e[0] > e[2] ? e[0] : e[2]) : (e[1] > e[2] ? e[1] : e[2]);
        e[0] = exp(e[0] - top);
        e[1] = exp(e[1] - top);
        e[2] = exp(e[2] - top);
    }
    double sum = 0;
    for (int y = 0; y < 3; y++) sum += (alpha[y] = emit[y]);
    for (int y = 0; y < 3; y++) alpha[y] /= sum;
    for (Py_ssize_t t = 1; t < n; t++) {
        sum = 0;
        for (int y = 0; y < 3; y++) {
            double s = 0;
            for (int x = 0; x < 3; x++) s += alpha[3 * (t - 1) + x] * expT[3 * x + y];
            sum += (alpha[3 * t + y] = s * emit[3 * t + y]);
        }
        for (int y = 0; y < 3; y++) alpha[3 * t + y] /= sum;
    }
    for (int y = 0; y < 3; y++) beta[3 * (n - 1) + y] = 1.0;
    for (Py_ssize_t t = n - 2; t >= 0; t--) {
        sum = 0;
        for (int x = 0; x < 3; x++) {
            double s = 0;
            for (int y = 0; y < 3; y++) {
                s += expT[3 * x + y] * emit[3 * (t + 1) + y] * beta[3 * (t + 1) + y];
            }
            sum += (beta[3 * t + x] = s);
        }
        for (int x = 0; x < 3; x++) beta[3 * t + x] /= sum;
    }
    /* name probability of each character, into delta (no longer needed) */
    double *name = delta;
    for (Py_ssize_t t = 0; t < n; t++) {
        double a = alpha[3 * t] * beta[3 * t], b = alpha[3 * t + 1] * beta[3 * t + 1];
        double c = alpha[3 * t + 2] * beta[3 * t + 2];
        name[t] = (a + b) / (a + b + c);
    }
    d->labels = labels;
    d->name = name;
    d->scratch = role_at; /* n + 1 bytes, no longer needed */
    return 0;
}

static int append_span(PyObject *result, Py_ssize_t start, Py_ssize_t end, Py_ssize_t run_end,
                       const double *name, int with_run_end) {
    double top = 0;
    for (Py_ssize_t k = start; k < end; k++) {
        if (name[k] > top) top = name[k];
    }
    PyObject *span = with_run_end ? Py_BuildValue("(nndn)", start, end, top, run_end)
                                  : Py_BuildValue("(nnd)", start, end, top);
    if (span == NULL || PyList_Append(result, span) < 0) {
        Py_XDECREF(span);
        return -1;
    }
    Py_DECREF(span);
    return 0;
}

/* decode(text, role_ends, title_starts, threshold[, trim[, end_trim]])
 *   -> [(start, end, probability), ...]
 * A run of likely characters starts at its first character whose probability is at least
 * trim times the run's highest (0: at its first). With end_trim, it also ends after its last
 * character at least end_trim times as likely, and each span is (start, end, probability,
 * run_end), run_end where the run ended before that (end, for Viterbi's names). */
static PyObject *model_decode(Model *self, PyObject *args) {
    PyObject *text, *role_ends, *title_starts;
    double threshold, trim = 0.0, end_trim = -1.0;
    if (!PyArg_ParseTuple(args, "UOOd|dd", &text, &role_ends, &title_starts, &threshold,
                          &trim, &end_trim)) {
        return NULL;
    }
    int with_run_end = end_trim >= 0.0;
    Decoded d;
    if (run(self, text, role_ends, title_starts, &d) < 0) {
        PyMem_Free(d.memory);
        return NULL;
    }
    PyObject *result = PyList_New(0);
    if (result == NULL || d.n == 0) {
        PyMem_Free(d.memory);
        return result;
    }
    Py_ssize_t n = d.n;
    /* spans: Viterbi names (an I without a B starts one), then threshold runs outside them */
    char *taken = d.scratch;
    memset(taken, 0, n + 1);
    Py_ssize_t start = -1;
    for (Py_ssize_t t = 0; t <= n; t++) {
        int label = t < n ? d.labels[t] : O;
        if (label != I && start >= 0) {
            for (Py_ssize_t k = start; k < t; k++) taken[k] = 1;
            if (append_span(result, start, t, t, d.name, with_run_end) < 0) goto fail;
            start = -1;
        }
        if (label == B || (label == I && start < 0)) start = t;
    }
    start = -1;
    for (Py_ssize_t t = 0; t <= n; t++) {
        int likely = t < n && !taken[t] && d.name[t] >= threshold;
        if (likely && start < 0) start = t;
        if (!likely && start >= 0) {
            double top = 0;
            for (Py_ssize_t k = start; k < t; k++) {
                if (d.name[k] > top) top = d.name[k];
            }
            while (start < t - 1 && d.name[start] < trim * top) start++;
            Py_ssize_t end = t;
            if (with_run_end) {
                while (end > start + 1 && d.name[end - 1] < end_trim * top) end--;
            }
            if (append_span(result, start, end, t, d.name, with_run_end) < 0) goto fail;
            start = -1;
        }
    }
    PyMem_Free(d.memory);
    if (PyList_Sort(result) < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
fail:
    PyMem_Free(d.memory);
    Py_DECREF(result);
    return NULL;
}

/* probabilities(text, role_ends, title_starts) -> [each character's name probability] */
static PyObject *model_probabilities(Model *self, PyObject *args) {
    PyObject *text, *role_ends, *title_starts;
    if (!PyArg_ParseTuple(args, "UOO", &text, &role_ends, &title_starts)) {
        return NULL;
    }
    Decoded d;
    if (run(self, text, role_ends, title_starts, &d) < 0) {
        PyMem_Free(d.memory);
        return NULL;
    }
    PyObject *result = PyList_New(d.n);
    for (Py_ssize_t t = 0; result != NULL && t < d.n; t++) {
        PyObject *value = PyFloat_FromDouble(d.name[t]);
        if (value == NULL) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, t, value);
    }
    PyMem_Free(d.memory);
    return result;
}

static PyMethodDef model_methods[] = {
    {"decode", (PyCFunction)model_decode, METH_VARARGS,
     "decode(text, role_ends, title_starts, threshold[, trim[, end_trim]]) -> sorted "
     "[(start, end, probability)], with end_trim [(start, end, probability, run_end)]"},
    {"probabilities", (PyCFunction)model_probabilities, METH_VARARGS,
     "probabilities(text, role_ends, title_starts) -> each character's name probability"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ModelType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "privacy.names._crf.Model",
    .tp_basicsize = sizeof(Model),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The folded tables of a name CRF (see privacy.names.crf).",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)model_init,
    .tp_dealloc = (destructor)model_dealloc,
    .tp_methods = model_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_crf", "C decoder of the person-name CRF.", -1, NULL,
};

PyMODINIT_FUNC PyInit__crf(void) {
    if (PyType_Ready(&ModelType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&ModelType);
    if (PyModule_AddObject(m, "Model", (PyObject *)&ModelType) < 0) {
        Py_DECREF(&ModelType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
