import CBLAS
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Swift-typed wrappers over OpenBLAS, and the sparse kernels that sit beside it.
/// The only file that imports CBLAS or touches unsafe pointers.
package enum BLAS {
    /// OpenBLAS runs single-threaded, set once before the first call by every wrapper below (so
    /// no caller has to): training splits its own work across threads (see `SoftmaxObjective`)
    /// and articles are scored on all cores, and OpenBLAS's threads on top would oversubscribe them.
    ///
    /// Its worker threads are also stopped: the pthreads build starts them as the library loads
    /// and lets each spin on `sched_yield` for about 2²⁸ cycles (a tenth of a second) waiting
    /// for work that never comes, which took 15 % of `stance predict`'s CPU time on a file and
    /// slowed its own threads. `blas_thread_shutdown_` is looked up, not linked: the OpenMP and
    /// serial builds of OpenBLAS, which start no such threads, do not have it.
    private static let singleThreaded: Void = {
        openblas_set_num_threads(1)
        if let shutdown = dlsym(dlopen(nil, RTLD_NOW), "blas_thread_shutdown_") {
            _ = unsafeBitCast(shutdown, to: (@convention(c) () -> Int32).self)()
        }
    }()

    /// Single-threaded OpenBLAS from now on, its idle threads stopped: for a program's start,
    /// before its own threads begin (the wrappers below do it on first use otherwise).
    package static func useOneThread() { _ = singleThreaded }

    /// C ← α·op(A)·B + β·C for row-major matrices; op(A) is A (m×k) or Aᵀ (A stored k×m).
    /// A, B and C may be slices of larger arrays, starting at `aOffset`, `bOffset` and `cOffset`.
    static func gemm(
        transposeA: Bool, m: Int, n: Int, k: Int,
        alpha: Double, _ a: [Double], aOffset: Int = 0, _ b: [Double], bOffset: Int = 0, beta: Double,
        _ c: inout [Double], cOffset: Int = 0
    ) {
        _ = singleThreaded
        precondition(a.count >= aOffset + m * k && b.count >= bOffset + k * n && c.count >= cOffset + m * n, "gemm: buffer too small")
        guard m > 0, n > 0, k > 0 else { return }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(
                        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), alpha,
                        pa.baseAddress! + aOffset, Int32(transposeA ? m : k),
                        pb.baseAddress! + bOffset, Int32(n), beta, pc.baseAddress! + cOffset, Int32(n))
                }
            }
        }
    }

    static func dot(_ x: [Double], _ y: [Double]) -> Double {
        _ = singleThreaded
        precondition(x.count == y.count)
        return x.withUnsafeBufferPointer { px in
            y.withUnsafeBufferPointer { py in cblas_ddot(Int32(x.count), px.baseAddress, 1, py.baseAddress, 1) }
        }
    }

    /// y ← α·x + y
    static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
        _ = singleThreaded
        precondition(x.count == y.count)
        x.withUnsafeBufferPointer { px in
            y.withUnsafeMutableBufferPointer { py in cblas_daxpy(Int32(x.count), alpha, px.baseAddress, 1, py.baseAddress, 1) }
        }
    }

    /// y ← x (same length), without reallocating y.
    static func copy(_ x: [Double], into y: inout [Double]) {
        _ = singleThreaded
        precondition(x.count == y.count)
        x.withUnsafeBufferPointer { px in
            y.withUnsafeMutableBufferPointer { py in cblas_dcopy(Int32(x.count), px.baseAddress, 1, py.baseAddress, 1) }
        }
    }

    /// x ← α·x
    static func scale(_ alpha: Double, _ x: inout [Double]) {
        _ = singleThreaded
        x.withUnsafeMutableBufferPointer { px in cblas_dscal(Int32(px.count), alpha, px.baseAddress, 1) }
    }

    /// max |xᵢ|
    static func maxAbs(_ x: [Double]) -> Double {
        _ = singleThreaded
        guard !x.isEmpty else { return 0 }
        let i = x.withUnsafeBufferPointer { px in cblas_idamax(Int32(x.count), px.baseAddress, 1) }
        return abs(x[Int(i)])
    }

    // MARK: Sparse kernels (CSR), with k outputs per row

    /// z[:] += Σ_e values[e] · W[indices[e], :] for one sparse row; W is columns × k.
    static func sparseRowTimesDense(_ indices: [Int32], _ values: [Double], _ w: [Double], k: Int, into z: inout [Double]) {
        precondition(indices.count == values.count && z.count >= k)
        indices.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in
                w.withUnsafeBufferPointer { pw in
                    z.withUnsafeMutableBufferPointer { pz in
                        for e in 0..<columns.count {
                            let column = Int(columns[e])
                            precondition(column >= 0 && (column + 1) * k <= pw.count, "column out of range")
                            let row = pw.baseAddress! + column * k
                            let v = values[e]
                            for c in 0..<k { pz[c] += v * row[c] }
                        }
                    }
                }
            }
        }
    }

    /// Z[r, :] += Σ_j X[r, j] · W[j, :] over the sparse part of `matrix`, for r in `rows`;
    /// Z is `rows.count` × k (row r at r − rows.lowerBound), W is columns × k.
    static func sparseTimesDense(_ matrix: DesignMatrix, rows: Range<Int>, _ w: [Double], k: Int, into z: inout [Double]) {
        precondition(z.count >= rows.count * k && w.count >= matrix.sparseColumns * k && rows.upperBound <= matrix.rowCount)
        matrix.rowOffsets.withUnsafeBufferPointer { offsets in
            matrix.columnIndices.withUnsafeBufferPointer { columns in
                matrix.values.withUnsafeBufferPointer { values in
                    w.withUnsafeBufferPointer { pw in
                        z.withUnsafeMutableBufferPointer { pz in
                            for r in rows {
                                let out = pz.baseAddress! + (r - rows.lowerBound) * k
                                if k == 3 {  // the usual negative/neutral/positive case, unrolled
                                    var (z0, z1, z2) = (out[0], out[1], out[2])
                                    for e in offsets[r]..<offsets[r + 1] {
                                        let v = values[e]
                                        let row = pw.baseAddress! + Int(columns[e]) &* 3
                                        z0 += v * row[0]
                                        z1 += v * row[1]
                                        z2 += v * row[2]
                                    }
                                    (out[0], out[1], out[2]) = (z0, z1, z2)
                                    continue
                                }
                                for e in offsets[r]..<offsets[r + 1] {
                                    let v = values[e]
                                    let row = pw.baseAddress! + Int(columns[e]) * k
                                    for c in 0..<k { out[c] += v * row[c] }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// G[j, :] += Σ_r X[r, j] · R[r, :] over the sparse part of `matrix` (Xᵀ·R), for r in `rows`;
    /// R is `rows.count` × k (row r at r − rows.lowerBound), G is columns × k.
    static func sparseTransposeTimesDense(_ matrix: DesignMatrix, rows: Range<Int>, _ r: [Double], k: Int, into g: inout [Double]) {
        precondition(r.count >= rows.count * k && g.count >= matrix.sparseColumns * k && rows.upperBound <= matrix.rowCount)
        matrix.rowOffsets.withUnsafeBufferPointer { offsets in
            matrix.columnIndices.withUnsafeBufferPointer { columns in
                matrix.values.withUnsafeBufferPointer { values in
                    r.withUnsafeBufferPointer { pr in
                        g.withUnsafeMutableBufferPointer { pg in
                            for row in rows {
                                let residual = pr.baseAddress! + (row - rows.lowerBound) * k
                                if k == 3 {
                                    let (r0, r1, r2) = (residual[0], residual[1], residual[2])
                                    for e in offsets[row]..<offsets[row + 1] {
                                        let v = values[e]
                                        let out = pg.baseAddress! + Int(columns[e]) &* 3
                                        out[0] += v * r0
                                        out[1] += v * r1
                                        out[2] += v * r2
                                    }
                                    continue
                                }
                                for e in offsets[row]..<offsets[row + 1] {
                                    let v = values[e]
                                    let out = pg.baseAddress! + Int(columns[e]) * k
                                    for c in 0..<k { out[c] += v * residual[c] }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
