/// Hyperparameters of multinomial logistic regression; `fit` returns the learned model.
public struct LogisticRegression: Sendable, Codable, Equatable {
    /// How examples are weighted in the loss.
    public enum ClassWeight: String, Sendable, Codable, CaseIterable {
        /// Every example counts 1.
        case none
        /// Example weight n / (classes · n_class): each class counts as much in the loss,
        /// which trades a little accuracy for macro-F1 (the anchors measured +1 on rw-test).
        case balanced
    }

    /// Inverse regularisation strength, as in scikit-learn: larger C, weaker L2 penalty.
    public var c: Double
    /// Balanced by default, as the built-in model is trained.
    public var classWeight: ClassWeight
    /// The fit stops after this many L-BFGS iterations even if not converged.
    public var maxIterations: Int
    /// Stop when max |∇f| falls below this.
    public var tolerance: Double
    /// Parts the rows are split into for the loss and gradient, computed on as many threads.
    /// Fixed rather than the machine's core count, so a model trains to the same bits anywhere.
    /// Not saved in the model: it matters only while fitting.
    public var threads: Int = 2

    enum CodingKeys: String, CodingKey { case c, classWeight, maxIterations, tolerance }

    /// The defaults are the built-in model's settings (C = 0.5, balanced classes).
    public init(c: Double = 0.5, classWeight: ClassWeight = .balanced, maxIterations: Int = 1000, tolerance: Double = 1e-4) {
        self.c = c
        self.classWeight = classWeight
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.c == b.c && a.classWeight == b.classWeight && a.maxIterations == b.maxIterations && a.tolerance == b.tolerance
    }

    /// Throws for settings that cannot fit (C not positive and finite, no iterations, tolerance ≤ 0).
    public func validate() throws {
        guard c > 0, c.isFinite else { throw StanceError.usage("C must be a positive number (got \(c))") }
        guard maxIterations >= 1 else { throw StanceError.usage("maxIterations must be at least 1 (got \(maxIterations))") }
        guard tolerance > 0 else { throw StanceError.usage("tolerance must be positive (got \(tolerance))") }
    }

    /// How a fit went, recorded in the model's training record.
    public struct FitReport: Sendable, Codable, Equatable {
        /// L-BFGS iterations run.
        public var iterations: Int
        /// Loss and gradient evaluations (line searches add to the iterations).
        public var evaluations: Int
        /// Whether the gradient fell below `tolerance`.
        public var converged: Bool
        /// Why the optimiser stopped, in words.
        public var stopReason: String
        /// The final regularised loss.
        public var loss: Double
    }

    /// Fits on `matrix` with labels given as indices into `classes`.
    /// Deterministic: full-batch L-BFGS from zero weights has no randomness.
    package func fit(
        _ matrix: DesignMatrix, labels: [Int], classes: [String],
        progress: ((Int, Double) -> Void)? = nil
    ) throws -> (model: LogisticRegressionModel, report: FitReport) {
        try validate()
        guard matrix.rowCount > 0 else { throw StanceError.data("the training set is empty") }
        let k = classes.count
        guard k >= 2 else {
            throw StanceError.data("the training set has only one class (\(classes.first ?? "")); a classifier needs at least two")
        }
        var counts = [Int](repeating: 0, count: k)
        for y in labels { counts[y] += 1 }
        let n = Double(matrix.rowCount)
        let sampleWeights: [Double] = labels.map { y in
            classWeight == .balanced ? n / (Double(k) * Double(counts[y])) : 1
        }
        let objective = SoftmaxObjective(
            matrix: matrix, labels: labels, sampleWeights: sampleWeights, classCount: k, l2: 1 / (c * n), threads: threads)
        let optimizer = LBFGS(maxIterations: maxIterations, gradientTolerance: tolerance)
        let start = [Double](repeating: 0, count: objective.parameterCount)
        let workspaces = objective.makeWorkspaces()
        let result = optimizer.minimize(start, preconditioner: objective.diagonalInverseCurvature(), progress: progress) {
            objective.valueAndGradient($0, gradient: &$1, workspaces: workspaces)
        }
        let model = LogisticRegressionModel(
            classes: classes, sparseColumns: matrix.sparseColumns, denseColumns: matrix.denseColumns, weights: result.solution)
        let report = FitReport(
            iterations: result.iterations, evaluations: result.evaluations, converged: result.converged,
            stopReason: result.reason, loss: result.value)
        return (model, report)
    }
}
