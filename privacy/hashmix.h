/* The slot hash of the open-addressed tables the C modules read (privacy/hashtable.py builds
 * them in NumPy with the same function): a murmur3 finaliser of a 64-bit key, linear probing
 * from its first slot, EMPTY where a slot is free. */
#ifndef GOVCAT_HASHMIX_H
#define GOVCAT_HASHMIX_H

#include <stdint.h>

#define EMPTY UINT64_MAX

static inline uint64_t mix(uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ULL;
    key ^= key >> 33;
    return key;
}

#endif
