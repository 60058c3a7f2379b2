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

    /// Z[r, :] += Σ_j X[r, j] · W[j, :] for r in `rows`, over both parts of `matrix` (the dense
    /// columns' weights follow the sparse ones in W); Z is `rows.count` × k (row r at
    /// r − rows.lowerBound), W is columns × k.
    ///
    /// The dense part is summed here rather than by dgemm: with k = 3 outputs and a few dozen
    /// dense columns, dgemm spent more time packing its operands than multiplying (a fifth of
    /// `stance train`'s time), and only the dense part's non-zeros need reading.
    static func rowsTimesWeights(_ matrix: DesignMatrix, rows: Range<Int>, _ w: [Double], k: Int, into z: inout [Double]) {
        precondition(z.count >= rows.count * k && w.count >= (matrix.sparseColumns + matrix.denseColumns) * k && rows.upperBound <= matrix.rowCount)
        matrix.withRows(w) { row, w in
            z.withUnsafeMutableBufferPointer { pz in
                for r in rows { row.times(r, w, k: k, into: pz.baseAddress! + (r - rows.lowerBound) * k) }
            }
        }
    }

    /// One pass over `rows` for a loss and its gradient: for each row r, z = X[r, :]·W + b (both
    /// parts of `matrix`, then the bias, as `rowsTimesWeights` lays out W), then `residual(r, z)`
    /// turns z into the row's ∂loss/∂z, and G[j, :] += X[r, j]·z for every column j and the bias.
    ///
    /// Scoring all rows first and then going back for the gradient would read the matrix twice;
    /// here the row is still in cache when its gradient is added (the matrix, some 9 MB for the
    /// built-in model's training set, does not fit in L2).
    static func rowsForwardBackward(
        _ matrix: DesignMatrix, rows: Range<Int>, _ w: [Double], k: Int, gradient g: inout [Double],
        residual: (Int, UnsafeMutableBufferPointer<Double>) -> Void
    ) {
        let biasOffset = (matrix.sparseColumns + matrix.denseColumns) * k
        precondition(w.count >= biasOffset + k && g.count >= biasOffset + k && rows.upperBound <= matrix.rowCount)
        matrix.withRows(w) { row, w in
            g.withUnsafeMutableBufferPointer { pg in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: k) { z in
                    let g = pg.baseAddress!
                    for r in rows {
                        for c in 0..<k { z[c] = w[biasOffset + c] }
                        row.times(r, w, k: k, into: z.baseAddress!)
                        residual(r, z)
                        row.addOuter(r, UnsafePointer(z.baseAddress!), k: k, into: g)
                        for c in 0..<k { g[biasOffset + c] += z[c] }
                    }
                }
            }
        }
    }
}

/// A design matrix's rows as raw pointers, for the kernels above (valid inside `withRows` only).
struct DesignMatrixRows {
    let offsets: UnsafeBufferPointer<Int>
    let columns: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<Double>
    /// The dense part's non-zeros (`DesignMatrix.denseOffsets` and the rest).
    let denseOffsets: UnsafeBufferPointer<Int>
    let denseColumns: UnsafeBufferPointer<Int32>
    let denseValues: UnsafeBufferPointer<Double>
    let sparseColumns: Int

    /// z[0..<k] += row r times W (columns × k, the dense columns' rows after the sparse ones).
    @inline(__always)
    func times(_ r: Int, _ w: UnsafePointer<Double>, k: Int, into z: UnsafeMutablePointer<Double>) {
        let sparse = offsets[r]..<offsets[r + 1]
        let dense = denseOffsets[r]..<denseOffsets[r + 1]
        let denseWeights = w + sparseColumns * k
        if k == 3 { return times3(sparse, dense, w, denseWeights, into: z) }
        for e in sparse {
            let row = w + Int(columns[e]) * k
            for c in 0..<k { z[c] += values[e] * row[c] }
        }
        for e in dense {
            let row = denseWeights + Int(denseColumns[e]) * k
            for c in 0..<k { z[c] += denseValues[e] * row[c] }
        }
    }

    /// G[j, :] += X[r, j] · z for every column j of row r (G laid out as W in `times`).
    @inline(__always)
    func addOuter(_ r: Int, _ z: UnsafePointer<Double>, k: Int, into g: UnsafeMutablePointer<Double>) {
        let sparse = offsets[r]..<offsets[r + 1]
        let dense = denseOffsets[r]..<denseOffsets[r + 1]
        let denseGradient = g + sparseColumns * k
        if k == 3 {  // the usual negative/neutral/positive case, unrolled
            let (r0, r1, r2) = (z[0], z[1], z[2])
            for e in sparse {
                let v = values[e]
                let out = g + Int(columns[e]) &* 3
                out[0] += v * r0
                out[1] += v * r1
                out[2] += v * r2
            }
            for e in dense {
                let v = denseValues[e]
                let out = denseGradient + Int(denseColumns[e]) &* 3
                out[0] += v * r0
                out[1] += v * r1
                out[2] += v * r2
            }
            return
        }
        for e in sparse {
            let out = g + Int(columns[e]) * k
            for c in 0..<k { out[c] += values[e] * z[c] }
        }
        for e in dense {
            let out = denseGradient + Int(denseColumns[e]) * k
            for c in 0..<k { out[c] += denseValues[e] * z[c] }
        }
    }

    /// `times` for k = 3, unrolled, with two sets of sums so that each addition need not wait
    /// for the one before (the loop is bound by the adds' latency): the sparse entries alternate
    /// between them, and a dense column goes to the first when its index is even. That is where
    /// the dense loop put it when it ran over every column, zeros included, so the sums (and the
    /// models trained with them) are the same to the bit.
    @inline(__always)
    private func times3(
        _ sparse: Range<Int>, _ dense: Range<Int>, _ w: UnsafePointer<Double>, _ denseWeights: UnsafePointer<Double>,
        into out: UnsafeMutablePointer<Double>
    ) {
        var (z0, z1, z2) = (out[0], out[1], out[2])
        var (y0, y1, y2) = (0.0, 0.0, 0.0)
        var e = sparse.lowerBound
        while e + 1 < sparse.upperBound {
            let (u, v) = (values[e], values[e + 1])
            let a = w + Int(columns[e]) &* 3
            let b = w + Int(columns[e + 1]) &* 3
            z0 += u * a[0]
            z1 += u * a[1]
            z2 += u * a[2]
            y0 += v * b[0]
            y1 += v * b[1]
            y2 += v * b[2]
            e += 2
        }
        if e < sparse.upperBound {
            let v = values[e]
            let a = w + Int(columns[e]) &* 3
            z0 += v * a[0]
            z1 += v * a[1]
            z2 += v * a[2]
        }
        for e in dense {
            let j = Int(denseColumns[e])
            let v = denseValues[e]
            let a = denseWeights + j &* 3
            if j & 1 == 0 {
                z0 += v * a[0]
                z1 += v * a[1]
                z2 += v * a[2]
            } else {
                y0 += v * a[0]
                y1 += v * a[1]
                y2 += v * a[2]
            }
        }
        (out[0], out[1], out[2]) = (z0 + y0, z1 + y1, z2 + y2)
    }
}

extension DesignMatrix {
    /// Runs `body` with this matrix's rows and the weights `w` as raw pointers.
    func withRows<T>(_ w: [Double], _ body: (DesignMatrixRows, UnsafePointer<Double>) -> T) -> T {
        rowOffsets.withUnsafeBufferPointer { offsets in
            columnIndices.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    denseOffsets.withUnsafeBufferPointer { denseOffsets in
                        denseIndices.withUnsafeBufferPointer { denseColumns in
                            denseValues.withUnsafeBufferPointer { denseValues in
                                w.withUnsafeBufferPointer { pw in
                                    body(DesignMatrixRows(offsets: offsets, columns: columns, values: values, denseOffsets: denseOffsets,
                                                          denseColumns: denseColumns, denseValues: denseValues, sparseColumns: sparseColumns),
                                         pw.baseAddress!)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
