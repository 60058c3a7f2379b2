import Foundation

/// A number as `String(format: "%+.2f", value)` writes it ("+0.51", "-0.04"), without
/// Foundation's formatter: evidence writes four per paragraph and actor, and the formatter's
/// C-variadic call cost 3 % of `stance score`.
enum SignedDecimal {
    /// The formatter itself is asked where the product `value × 100` could land on the other side
    /// of a rounding tie than the exact value does (printf rounds the exact binary value), and for
    /// numbers too large for that product to be exact enough.
    static func twoPlaces(_ value: Double) -> String {
        let scaled = value.magnitude * 100
        guard scaled < 1e9 else { return String(format: "%+.2f", value) }
        let whole = scaled.rounded(.down)
        guard (scaled - whole - 0.5).magnitude > 1e-6 else { return String(format: "%+.2f", value) }
        let hundredths = Int(scaled.rounded(.toNearestOrAwayFromZero))
        let cents = hundredths % 100
        return (value.sign == .minus ? "-" : "+") + String(hundredths / 100) + (cents < 10 ? ".0" : ".") + String(cents)
    }
}
