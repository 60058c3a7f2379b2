/// Companies that news names by a name the entity tagger cannot type from its context: a lone,
/// unfamiliar word opening a sentence ("Lufthansa cancelled 800 flights", "Lufthansa said …") comes
/// out as a person, and then takes a "he" and loses "the airline" to another body. A name the
/// tagger found whose words are one of these is a business's; the table finds no name itself.
///
/// Written for this project: large companies in international business news, leaving out the
/// names that as often mean a person, a place or a thing ("Ford", "Dell", "Bloomberg", "Amazon",
/// "Shell", "Delta", "Target", "Mars").
enum CompanyNames {
    /// `name` as a business's where its words are one of the table's.
    static func typed(_ name: TaggedName, in tokens: [Token]) -> TaggedName {
        guard name.type != .organisation, table.contains(NestedNames.wordsKey(tokens[name.tokens])) else { return name }
        var typed = name
        typed.type = .organisation
        return typed
    }

    private static let table = KeySet(names.map { name in
        NestedNames.wordsKey(WordTokenizer().tokenize(CodePointText(name))[...])
    })

    private static let names = [
        // Technology and media
        "Google", "Alphabet", "Microsoft", "Apple", "Meta", "Facebook", "Instagram", "WhatsApp", "Twitter", "TikTok",
        "ByteDance", "YouTube", "LinkedIn", "Snapchat", "Pinterest", "Reddit", "Netflix", "Spotify", "Uber", "Lyft",
        "Airbnb", "PayPal", "eBay", "Salesforce", "IBM", "Cisco", "Oracle", "SAP", "Nvidia", "Intel", "AMD",
        "Qualcomm", "Broadcom", "Samsung", "Huawei", "Xiaomi", "Alibaba", "Tencent", "Baidu", "Sony", "Panasonic",
        "Nokia", "Ericsson", "OpenAI", "SpaceX", "Tesla", "Zoom", "Coinbase", "Binance", "Reuters", "Disney",
        // Airlines and aerospace
        "Lufthansa", "Ryanair", "easyJet", "KLM", "Qantas", "Aeroflot", "Boeing", "Airbus", "Lockheed Martin",
        // Banks and finance
        "JPMorgan", "JPMorgan Chase", "Goldman Sachs", "Citigroup", "Citibank", "HSBC", "Barclays", "UBS",
        "Credit Suisse", "Deutsche Bank", "BNP Paribas", "Santander", "BlackRock", "Berkshire Hathaway",
        // Cars
        "Volkswagen", "BMW", "Toyota", "Honda", "Nissan", "Hyundai", "Renault", "Stellantis", "Peugeot",
        "Ferrari", "Porsche", "Audi", "Daimler", "Mercedes-Benz", "Volvo",
        // Energy, mining and industry
        "ExxonMobil", "Exxon", "Chevron", "Gazprom", "Rosneft", "Aramco", "TotalEnergies", "Glencore",
        "ArcelorMittal", "Siemens", "Maersk", "FedEx",
        // Pharmaceuticals
        "Pfizer", "Moderna", "AstraZeneca", "Novartis", "Roche", "Sanofi", "Bayer", "GlaxoSmithKline", "GSK",
        "BioNTech", "Novo Nordisk",
        // Consumer goods and retail
        "Walmart", "Costco", "Carrefour", "Tesco", "IKEA", "Nike", "Adidas", "Starbucks", "McDonald's",
        "Coca-Cola", "PepsiCo", "Nestlé", "Unilever",
    ]
}
