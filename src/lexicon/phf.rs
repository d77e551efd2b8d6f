//! The perfect hash of the compile-time word lists (CHD: hash and displace, as the `phf`
//! crate builds it, over a power-of-two table). build/lexicon.rs includes this file too, so
//! that the tables it lays out and the run time that reads them hash alike on every target.

/// A 64-bit hash of a key: eight bytes at a time (the keys are a few Chinese chars; the last
/// word overlaps the one before, so there is no tail to copy), then a finaliser.
#[inline]
pub fn hash(key: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let read8 = |i: usize| {
        key.get(i..i + 8)
            .and_then(|s| <[u8; 8]>::try_from(s).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let read4 = |i: usize| {
        key.get(i..i + 4)
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map_or(0, u32::from_le_bytes)
    };
    let n = key.len();
    let mut h = seed ^ (n as u64).wrapping_mul(K);
    let mut step = |v: u64| h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            step(read8(i));
            i += 8;
        }
        step(read8(n - 8));
    } else if n >= 4 {
        step(u64::from(read4(0)) << 32 | u64::from(read4(n - 4)));
    } else if n > 0 {
        step(u64::from(key[0]) | u64::from(key[n / 2]) << 8 | u64::from(key[n - 1]) << 16);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^ (h >> 32)
}

/// The bucket of a hash among `buckets` (multiply and shift: no division).
#[inline]
pub fn bucket(h: u64, buckets: usize) -> usize {
    (((h >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash, given its bucket's displacements, in a table of `mask + 1` slots.
#[inline]
pub fn slot(h: u64, d1: u32, d2: u32, mask: usize) -> usize {
    let f1 = h as u32;
    let f2 = ((h >> 32) as u32).rotate_left(13);
    d2.wrapping_add(f1.wrapping_mul(d1)).wrapping_add(f2) as usize & mask
}
