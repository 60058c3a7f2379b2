/// "1 actor", "3 actors": counts in report sentences, so a one-paragraph article does not read
/// "1 actors in 1 body paragraphs". Nouns here take a plain "s".
func counted(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}
