//! Small word lists written for this project (no third-party data): places, organisations,
//! aliases that spelling rules cannot derive, titles and role nouns, and capitalised words that
//! are not names. Keys are lowercase.

/// Countries, regions and cities frequent in international news (English, Ukrainian, Russian,
/// German spellings where they differ and transliteration does not bridge them).
pub const PLACES: &[&str] = &[
    "afghanistan", "africa", "albania", "algeria", "america", "amsterdam", "ankara", "argentina", "armenia", "asia",
    "athens", "australia", "austria", "azerbaijan", "baghdad", "bakhmut", "baltic", "beijing", "belarus", "belgium",
    "belgorod", "berlin", "black sea", "bosnia", "brazil", "brussels", "bucharest", "budapest", "bulgaria", "cairo",
    "california", "canada", "chernihiv", "china", "crimea", "croatia", "cuba", "cyprus", "czech republic", "damascus",
    "denmark", "dnipro", "donbas", "donbass", "donetsk", "dubai", "egypt", "england", "estonia", "europe", "finland",
    "france", "gaza", "geneva", "georgia", "germany", "greece", "havana", "helsinki", "hong kong", "hungary", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "istanbul", "italy", "japan", "jerusalem", "jordan", "kazakhstan",
    "kenya", "kharkiv", "kherson", "kyiv", "kiev", "kursk", "latvia", "lebanon", "libya", "lithuania", "london",
    "luhansk", "lviv", "madrid", "mariupol", "mexico", "miami", "minsk", "moldova", "moscow", "munich", "nairobi",
    "netherlands", "new york", "north korea", "norway", "odesa", "odessa", "pakistan", "paris", "poland", "portugal",
    "prague", "riyadh", "romania", "rome", "russia", "saudi arabia", "serbia", "slovakia", "slovenia", "south korea",
    "spain", "st petersburg", "stockholm", "sudan", "sumy", "sweden", "switzerland", "syria", "taiwan", "tanzania",
    "tehran", "tel aviv", "texas", "tokyo", "turkey", "ukraine", "united kingdom", "united states", "vienna", "vilnius",
    "warsaw", "washington", "west bank", "yemen", "zaporizhzhia", "zaporizhia", "zaporozhye",
    // Cyrillic and German forms whose transliteration differs from the English name.
    "україна", "україни", "україні", "украина", "украины", "украине", "росія", "росії", "россия", "россии", "крим",
    "криму", "крым", "крыма", "київ", "києва", "києві", "киев", "киева", "москва", "москви", "москвы", "женева",
    "женеві", "женеве", "сша", "херсон", "запоріжжя", "запорожье", "донецьк", "донецк", "луганськ", "луганск",
    "донбас", "донбасс", "вашингтон", "европа", "європа", "genf", "moskau", "russland", "deutschland", "frankreich",
    "vereinigte staaten", "krim", "kiew", "europa", "polen", "italien", "spanien", "china",
];

/// Organisations: institutions, alliances, agencies and outlets.
pub const ORGANISATIONS: &[&str] = &[
    "kremlin", "white house", "pentagon", "state department", "european union", "eu", "nato", "united nations", "un",
    "european commission", "european parliament", "council of europe", "osce", "imf", "world bank", "who", "iaea",
    "the telegraph", "telegraph", "reuters", "associated press", "ap", "afp", "bbc", "cnn", "the guardian", "guardian",
    "the new york times", "new york times", "the washington post", "washington post", "bloomberg", "axios",
    "financial times", "the wall street journal", "wall street journal", "politico", "tass", "interfax", "ukrinform",
    "censor.net", "espreso", "kyiv independent", "ukrainska pravda", "fbi", "cia", "sbu", "nabu", "fsb", "congress",
    "senate", "verkhovna rada", "rada", "duma", "bundestag", "hamas", "hezbollah", "g7", "g20", "opec", "kreml",
    "кремль", "кремля", "нато", "єс", "ес", "оон", "оон", "сбу", "набу", "верховна рада", "білий дім", "белый дом",
];

/// Fixed alias groups: every form maps to the first (canonical) one.
pub const ALIASES: &[&[&str]] = &[
    &["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "США", "Vereinigte Staaten"],
    &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "Велика Британія", "Великобритания", "Großbritannien"],
    &["European Union", "EU", "E.U.", "ЄС", "ЕС", "Europäische Union"],
    &["United Nations", "UN", "U.N.", "ООН", "Vereinte Nationen"],
    &["Kyiv", "Kiev", "Київ", "Киев", "Kiew"],
    &["Ukraine", "Україна", "Украина"],
    &["Russia", "Росія", "Россия", "Russland", "Russian Federation"],
    &["Crimea", "Крим", "Крым", "Krim"],
    &["Moscow", "Москва", "Moskau"],
    &["Geneva", "Женева", "Genf"],
    &["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Запоріжжя", "Запорожье"],
    &["Donbas", "Donbass", "Донбас", "Донбасс"],
    &["Kremlin", "the Kremlin", "Кремль", "Kreml"],
    &["White House", "the White House", "Білий дім", "Белый дом", "Weißes Haus"],
    &["The Telegraph", "Telegraph"],
    &["NATO", "НАТО", "Nato"],
];

/// Capitalised titles that precede a name ("President Donald Trump").
pub const TITLES: &[&str] = &[
    "president", "vice", "prime", "minister", "secretary", "chancellor", "envoy", "senator", "sen.", "governor", "gov.",
    "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "general", "gen.",
    "commander", "king", "queen", "prince", "princess", "pope", "premier", "leader", "representative", "rep.", "dr.",
    "mr.", "mrs.", "ms.", "judge", "justice", "speaker", "chairman", "chairwoman", "ceo", "adviser", "advisor",
    "colonel", "col.", "lieutenant", "lt.", "sergeant", "admiral", "marshal", "patriarch", "sheikh", "emir",
    "präsident", "kanzler", "bundeskanzler", "außenminister", "ministerpräsident", "sprecher", "sondergesandter",
    "президент", "прем'єр-міністр", "премьер-министр", "міністр", "министр", "речник", "спецпосланець", "посланник",
];

/// Role nouns written in lowercase before a name or in an apposition ("peace envoy Steve
/// Witkoff", "Andriy Yermak, the Ukrainian president's chief of staff").
pub const ROLE_NOUNS: &[&str] = &[
    "envoy", "son-in-law", "daughter-in-law", "leader", "president", "minister", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "secretary", "chief of staff", "chief", "ambassador", "chancellor",
    "senator", "commander", "general", "head", "aide", "director", "founder", "chairman", "governor", "mayor",
    "negotiator", "prime minister", "foreign minister", "defence minister", "defense minister", "deputy", "official",
    "lawmaker", "prosecutor", "ceo", "editor", "correspondent", "analyst", "wife", "husband", "son", "daughter",
    "brother", "sister", "посланець", "спецпосланець", "президент", "міністр", "речник", "радник", "очільник",
    "посланник", "спецпосланник", "министр", "советник", "пресс-секретарь", "прес-секретар", "глава", "керівник",
    "руководитель",
];

/// Capitalised words that start sentences or name times, not entities.
pub const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "it",
    "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "my", "after", "before", "since", "while", "when", "where", "what", "who", "why", "how", "not",
    "no", "yes", "some", "any", "all", "both", "each", "every", "many", "most", "one", "two", "three", "also", "however",
    "meanwhile", "later", "earlier", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "crucially", "recent", "according", "following", "despite",
    "although", "because", "several", "multiple", "intelligence", "any", "such", "so", "then", "than", "new", "former",
    "last", "next", "first", "second", "third", "latest", "initial", "only", "even", "just", "still", "yet", "well",
    "said", "says", "one", "nearly", "under", "over", "during", "against", "into", "about", "between", "through",
    "russian", "ukrainian", "american", "european", "british", "german", "french", "chinese", "israeli", "iranian",
    "western", "eastern", "northern", "southern", "de", "facto", "us-led",
    "der", "die", "das", "und", "в", "у", "на", "і", "и", "з", "с", "та", "що", "что", "як", "как", "за", "до", "по",
];

pub fn is_place(key: &str) -> bool {
    PLACES.contains(&key)
}

pub fn is_organisation(key: &str) -> bool {
    ORGANISATIONS.contains(&key)
}

/// Last words that mark an organisation ("Defence Council", "Ministry", "Party").
pub const ORGANISATION_HEADS: &[&str] = &[
    "council", "ministry", "party", "agency", "bank", "inc", "inc.", "corp", "corp.", "committee", "commission",
    "office", "service", "university", "parliament", "government", "army", "forces", "news", "times", "post",
    "telegraph", "bureau", "department", "administration", "institute", "foundation", "union", "court", "company",
    "group", "association", "alliance", "organization", "organisation", "fund", "network", "tv", "radio", "pravda",
];

/// Last words that mark a place ("Donetsk region", "Kherson Oblast").
pub const PLACE_HEADS: &[&str] = &["region", "oblast", "province", "city", "county", "district", "republic", "island", "peninsula"];

/// Lowercase words that qualify a role noun ("peace envoy", "deputy minister").
pub const ROLE_MODIFIERS: &[&str] = &[
    "peace", "special", "trade", "foreign", "deputy", "senior", "chief", "top", "former", "acting", "interim",
    "personal", "presidential", "national", "security", "press", "defence", "defense", "economic", "military",
    "climate", "health", "finance", "interior", "justice", "prime", "vice", "regional", "state", "opposition",
    "спеціальний", "спеціального", "специальный", "заступник",
];

/// Stems of inflected or compound titles (German declension, Slavic cases).
pub const TITLE_STEMS: &[&str] = &[
    "präsident", "bundeskanzler", "kanzler", "minister", "sondergesandt", "gesandt", "sprecher", "botschafter",
    "секретар", "президент", "министр", "міністр", "речни", "посланц", "посланник", "спецпосланник", "спецпосланц",
    "спецпредстав", "радник", "советник", "очільни", "керівни", "руководител", "прем'єр", "премьер", "канцлер",
];
