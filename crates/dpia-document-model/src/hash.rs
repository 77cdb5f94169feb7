//! Deterministic ids of content: a 128-bit FNV-1a hash in two lanes (the `fnv` crate with two
//! offset bases). Not cryptographic: it names a document or an embedded part so that the same
//! content always gets the same id, in every renderer.

use std::hash::Hasher;

/// The two lanes' offset bases: FNV-1a's own, and its two halves swapped.
const LANES: [u64; 2] = [0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4];

/// The hash of the bytes of `parts`, one after the other (callers put separators in between).
pub fn hash128(parts: &[&[u8]]) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (lane, key) in LANES.into_iter().enumerate() {
        let mut h = fnv::FnvHasher::with_key(key);
        for part in parts {
            h.write(part);
        }
        out[lane * 8..lane * 8 + 8].copy_from_slice(&h.finish().to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_1a_in_two_lanes() {
        // FNV-1a of the empty input is its offset basis; of "a", the published test vector.
        assert_eq!(hash128(&[])[..8], 0xcbf2_9ce4_8422_2325u64.to_be_bytes());
        assert_eq!(
            hash128(&[b"a"])[..8],
            0xaf63_dc4c_8601_ec8cu64.to_be_bytes()
        );
        assert_eq!(hash128(&[b"ab", b"c"]), hash128(&[b"abc"]));
        assert_ne!(hash128(&[b"a", &[0], b"b"]), hash128(&[b"a", &[0], b"c"]));
    }
}
