//! A bfloat16 matrix product for CPUs with AVX-512 BF16 (`vdpbf16ps`).
//!
//! The second convolution of each branch is most of the remaining work once per-piece results
//! are cached; with both operands rounded to bfloat16 and f32 accumulation it runs about 2.4×
//! faster than the f32 product, and sentence vectors stay within cosine 0.9999 of the exact
//! ones (tests/encoder.rs). Other CPUs use the f32 path.

/// Weights in the layout the kernel reads: for each pair of rows (2p, 2p+1) and each column j,
/// one u32 holding the two bfloat16 values (row 2p in the low half).
#[derive(Debug, Clone)]
pub struct PackedWeights {
    pairs: usize,
    columns: usize,
    data: Vec<u32>,
}

impl PackedWeights {
    /// Packs a `rows × columns` row-major matrix; `rows` must be even.
    pub fn new(matrix: &[f32], rows: usize, columns: usize) -> PackedWeights {
        assert!(rows.is_multiple_of(2) && matrix.len() == rows * columns, "even row count, full matrix");
        let mut data = vec![0u32; rows / 2 * columns];
        for p in 0..rows / 2 {
            for j in 0..columns {
                data[p * columns + j] = pair(matrix[2 * p * columns + j], matrix[(2 * p + 1) * columns + j]);
            }
        }
        PackedWeights { pairs: rows / 2, columns, data }
    }
}

/// Round-to-nearest-even conversion of an f32 to bfloat16 bits.
pub fn to_bf16(value: f32) -> u16 {
    let bits = value.to_bits();
    if value.is_nan() {
        return ((bits >> 16) | 0x40) as u16;
    }
    let rounding = ((bits >> 16) & 1) + 0x7FFF;
    (bits.wrapping_add(rounding) >> 16) as u16
}

fn pair(low: f32, high: f32) -> u32 {
    u32::from(to_bf16(low)) | (u32::from(to_bf16(high)) << 16)
}

/// Converts row-major f32 values to bfloat16 pairs (`values.len()` must be even).
pub fn pack_rows(values: &[f32], out: &mut Vec<u32>) {
    out.clear();
    out.extend(values.chunks_exact(2).map(|p| pair(p[0], p[1])));
}

/// Whether this CPU can run [`product`].
pub fn available() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f") && std::arch::is_x86_feature_detected!("avx512bf16")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Columns per kernel step: four 16-lane registers.
const BLOCK: usize = 64;
/// Rows per kernel step: 6 × 4 accumulators leave registers for weights and one broadcast.
const ROWS: usize = 6;

/// `c = a · w`: `a` has m rows of `w.pairs` bf16 pairs starting every `row_a` u32 (rows may
/// overlap, as in a convolution window), `c` has m rows of `w.columns` f32 every `row_c`.
/// Callers must check [`available`] first; on other CPUs this panics.
pub fn product(m: usize, a: &[u32], row_a: usize, w: &PackedWeights, c: &mut [f32], row_c: usize) {
    if m == 0 {
        return;
    }
    assert!(w.columns.is_multiple_of(BLOCK), "column count must be a multiple of {BLOCK}");
    assert!(a.len() >= (m - 1) * row_a + w.pairs, "left operand too short");
    assert!(c.len() >= (m - 1) * row_c + w.columns, "output too short");
    assert!(available(), "CPU lacks AVX-512 BF16");
    #[cfg(target_arch = "x86_64")]
    // SAFETY: the CPU features were checked above and the asserts bound every access.
    unsafe {
        kernel(m, a, row_a, w, c, row_c)
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bf16")]
unsafe fn kernel(m: usize, a: &[u32], row_a: usize, w: &PackedWeights, c: &mut [f32], row_c: usize) {
    use std::arch::x86_64::*;
    let (pairs, columns) = (w.pairs, w.columns);
    let mut r0 = 0;
    while r0 < m {
        let rows = (m - r0).min(ROWS);
        let mut j0 = 0;
        while j0 < columns {
            let mut acc = [[_mm512_setzero_ps(); 4]; ROWS];
            for p in 0..pairs {
                // SAFETY (whole block): p < pairs and j0 + 64 <= columns keep the weight reads
                // inside w.data; r0 + r < m and p < pairs keep the reads of `a` inside the
                // bound asserted by `product`.
                let weights = unsafe { w.data.as_ptr().add(p * columns + j0) };
                let wv: [__m512bh; 4] = std::array::from_fn(|b| unsafe {
                    std::mem::transmute::<__m512i, __m512bh>(_mm512_loadu_si512(weights.add(b * 16).cast()))
                });
                for (r, acc) in acc.iter_mut().enumerate().take(rows) {
                    let value = unsafe { *a.get_unchecked((r0 + r) * row_a + p) };
                    let av = unsafe { std::mem::transmute::<__m512i, __m512bh>(_mm512_set1_epi32(value as i32)) };
                    for b in 0..4 {
                        acc[b] = _mm512_dpbf16_ps(acc[b], av, wv[b]);
                    }
                }
            }
            for (r, acc) in acc.iter().enumerate().take(rows) {
                for (b, lane) in acc.iter().enumerate() {
                    // SAFETY: (r0 + r) < m and j0 + 64 <= columns, within the asserted bound.
                    unsafe { _mm512_storeu_ps(c.as_mut_ptr().add((r0 + r) * row_c + j0 + b * 16), *lane) };
                }
            }
            j0 += BLOCK;
        }
        r0 += ROWS;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversion_rounds_to_nearest() {
        assert_eq!(to_bf16(1.0), 0x3F80);
        assert_eq!(to_bf16(-2.5), 0xC020);
        // 1 + 2^-8 is halfway between two bf16 values: ties go to the even one (1.0).
        assert_eq!(to_bf16(1.0 + 1.0 / 256.0), 0x3F80);
        assert_eq!(to_bf16(1.0 + 3.0 / 256.0), 0x3F82);
    }

    #[test]
    fn product_matches_f32_on_overlapping_windows() {
        if !available() {
            eprintln!("skipping: this CPU has no AVX-512 BF16");
            return;
        }
        let (k, n, m) = (8usize, 64usize, 9usize);
        let values: Vec<f32> = (0..(m + 2) * 4).map(|i| ((i * 37 % 17) as f32 - 8.0) / 4.0).collect();
        let weights: Vec<f32> = (0..k * n).map(|i| ((i * 53 % 23) as f32 - 11.0) / 8.0).collect();
        // Window rows of width k start every 4 values (overlapping), as in a convolution.
        let mut expected = vec![0.0f32; m * n];
        for r in 0..m {
            for j in 0..n {
                expected[r * n + j] = (0..k).map(|i| values[r * 4 + i] * weights[i * n + j]).sum();
            }
        }
        let mut packed = Vec::new();
        pack_rows(&values, &mut packed);
        let w = PackedWeights::new(&weights, k, n);
        let mut c = vec![0.0f32; m * n];
        product(m, &packed, 2, &w, &mut c, n);
        // Inputs are exact in bf16 (few mantissa bits), so the product is exact too.
        assert_eq!(c, expected);
    }
}
