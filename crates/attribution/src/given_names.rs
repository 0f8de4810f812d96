//! Common given names (English, Ukrainian, Russian, German, French; Cyrillic and the usual Latin
//! spellings), written for this project: a capitalised phrase that opens with one and goes on with
//! a surname is a person's name, whatever the verb ("сообщает Иван Петренко", "rapporte Jean
//! Dupont"). Names that are as often places or the first word of a medium's name (Jordan,
//! Victoria, Christian, Charlotte) are left out.

use std::collections::HashSet;
use std::sync::LazyLock;

#[rustfmt::skip]
const GIVEN_NAMES: &[&str] = &[
    // English
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "stephen", "paul", "andrew",
    "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
    "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "adam",
    "nathan", "henry", "douglas", "peter", "kyle", "noah", "ethan", "jeremy", "walter", "keith", "roger",
    "sean", "gerald", "carl", "harold", "dylan", "arthur", "lawrence", "jesse", "bryan", "bruce", "gabriel",
    "joe", "alan", "albert", "wayne", "vincent", "ralph", "russell", "bradley", "philip", "eugene", "tom",
    "tim", "mike", "bill", "bob", "jim", "dan", "sam", "ben", "nick", "chris", "steve", "tony", "mary",
    "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
    "nancy", "betty", "sandra", "margaret", "ashley", "kimberly", "emily", "donna", "michelle", "carol",
    "amanda", "melissa", "deborah", "stephanie", "dorothy", "rebecca", "sharon", "laura", "cynthia", "amy",
    "kathleen", "angela", "shirley", "brenda", "emma", "anna", "nicole", "helen", "samantha", "katherine",
    "christine", "rachel", "carolyn", "janet", "maria", "catherine", "heather", "diane", "olivia", "julie",
    "joyce", "ruth", "lauren", "kelly", "christina", "joan", "evelyn", "judith", "andrea", "hannah", "megan",
    "martha", "teresa", "sara", "ann", "kathryn", "abigail", "sophia", "frances", "alice", "julia", "denise",
    "danielle", "natalie", "diana", "kate", "jane", "lucy", "claire", "sophie", "chloe", "fiona", "alison",
    "gillian", "ian", "neil", "graham", "colin", "nigel", "simon", "gavin", "hugh", "owen", "rhys", "gareth",
    // Ukrainian
    "олександр", "олексій", "андрій", "анатолій", "богдан", "борис", "вадим", "валентин", "валерій", "василь",
    "віктор", "віталій", "володимир", "вячеслав", "геннадій", "григорій", "дмитро", "євген", "іван", "ігор",
    "юрій", "костянтин", "леонід", "максим", "микола", "михайло", "назар", "олег", "павло", "петро", "роман",
    "руслан", "сергій", "станіслав", "степан", "тарас", "тимофій", "федір", "ярослав", "антон", "артем",
    "денис", "кирило", "остап", "ганна", "алла", "валентина", "вікторія", "галина", "дарина", "ірина",
    "катерина", "лариса", "людмила", "марія", "мирослава", "наталія", "оксана", "олена", "ольга", "світлана",
    "софія", "тетяна", "уляна", "юлія", "христина", "зоряна", "лідія", "ніна", "тамара", "інна", "леся",
    "анастасія", "маргарита", "марина",
    // Russian
    "александр", "алексей", "андрей", "анатолий", "валерий", "василий", "виктор", "виталий", "владимир",
    "владислав", "вячеслав", "геннадий", "георгий", "григорий", "дмитрий", "евгений", "иван", "игорь",
    "юрий", "константин", "николай", "михаил", "павел", "пётр", "сергей", "станислав", "тимофей", "фёдор",
    "артём", "кирилл", "илья", "никита", "егор", "анна", "дарья", "ирина", "екатерина", "мария", "наталья",
    "елена", "светлана", "татьяна", "юлия", "кристина", "лидия", "ксения", "полина", "алина", "анастасия",
    // Ukrainian and Russian names in Latin letters
    "oleksandr", "oleksii", "oleksiy", "andrii", "andriy", "serhii", "serhiy", "sergei", "sergey", "dmytro",
    "dmitry", "dmitri", "ivan", "ihor", "igor", "yurii", "yuriy", "yuri", "mykola", "nikolai", "mykhailo",
    "mikhail", "petro", "pyotr", "pavlo", "pavel", "volodymyr", "vladimir", "viktor", "vitalii", "vitaliy",
    "vitaly", "vasyl", "taras", "bohdan", "yaroslav", "maksym", "maxim", "oleh", "oleg", "ruslan", "anatolii",
    "yevhen", "yevgeny", "olena", "elena", "olga", "olha", "tetiana", "tetyana", "tatiana", "tatyana",
    "iryna", "irina", "natalia", "nataliya", "natalya", "oksana", "yulia", "yuliia", "svitlana", "svetlana",
    "mariia", "kateryna", "yekaterina", "halyna", "galina", "liudmyla", "lyudmila", "anastasia", "hanna",
    "larysa", "larisa", "larissa", "lesia", "vassyl", "denys", "denis", "stepan", "ostap", "nazar", "artem",
    "kyrylo", "kirill", "sofiia", "uliana", "khrystyna", "zoriana", "lidiia", "lidia", "nina", "tamara",
    "inna", "olexandr", "oleksandra", "alexandra", "alexei", "alexey", "andrei", "andrey", "yevheniia",
    // German
    "klaus", "jürgen", "hans", "wolfgang", "andreas", "stefan", "uwe", "jörg", "dieter", "günter", "helmut",
    "heinz", "werner", "manfred", "horst", "gerhard", "karl", "ulrich", "matthias", "markus", "sebastian",
    "tobias", "jonas", "lukas", "felix", "maximilian", "florian", "sven", "jens", "lars", "dirk", "holger",
    "rainer", "bernd", "ralf", "sabine", "ursula", "monika", "petra", "claudia", "susanne", "birgit", "karin",
    "angelika", "gabriele", "renate", "heike", "katrin", "anja", "stefanie", "lena", "katharina",
    "franziska", "ingrid", "helga", "gisela", "annegret", "ute", "jutta",
    // French
    "jean", "pierre", "michel", "andré", "philippe", "alain", "jacques", "françois", "nicolas", "christophe",
    "frédéric", "laurent", "stéphane", "olivier", "thierry", "sébastien", "julien", "antoine", "guillaume",
    "mathieu", "gérard", "yves", "nathalie", "isabelle", "sylvie", "françoise", "valérie", "monique",
    "sandrine", "véronique", "céline", "chantal", "brigitte", "élise", "hélène", "juliette", "martine",
    "jacqueline",
    // Polish
    "piotr", "tomasz", "krzysztof", "andrzej", "paweł", "michał", "marcin", "marek", "grzegorz", "wojciech",
    "jakub", "mateusz", "łukasz", "rafał", "dariusz", "mariusz", "zbigniew", "jerzy", "janusz", "ryszard",
    "katarzyna", "agnieszka", "małgorzata", "ewa", "magdalena", "joanna", "marta", "kamila", "beata", "dorota",
    "jolanta", "urszula", "aleksandra", "zofia", "krystyna", "barbara", "bożena", "grażyna", "elżbieta",
    // Spanish, Italian, Portuguese
    "carlos", "juan", "luis", "josé", "miguel", "javier", "pedro", "alejandro", "manuel", "francisco", "antonio",
    "ana", "lucía", "carmen", "pilar", "isabel", "giovanni", "marco", "luca", "giuseppe", "francesca", "chiara",
    "paolo", "alessandro", "matteo", "giulia", "federica", "joão", "tiago", "inês", "beatriz", "rui",
    "davide", "stefano", "fabrizio", "gianluca", "lorenzo", "riccardo", "federico", "daniele", "emanuele", "nicolò",
    "gianluigi", "pablo", "diego", "sergio", "jorge", "fernando", "gonzalo", "álvaro", "raúl", "iker", "joaquín",
    "rodrigo", "gonçalo", "diogo", "nuno", "ricardo", "bruno", "vítor", "sérgio", "luan",
    "armando", "paulo", "jaime", "andré", "henrique", "eduardo", "francisca", "helena", "teresa", "rita", "filipa",
    "catarina", "raquel", "patrícia", "ruggero", "umberto", "ottavio", "gino", "franco", "renato", "aldo", "dario",
    "mauro", "piero", "ugo", "vittorio", "amparo", "rosario", "dolores", "mercedes", "consuelo", "inmaculada",
    "montserrat", "nuria", "rocío", "marisol", "esperanza", "soledad", "asunción", "encarnación", "milagros",
    "alba", "elena", "cristina", "sofía", "clara", "inés", "noelia", "sonia", "aitana", "ainhoa", "begoña", "yolanda",
    "susana", "adriana", "gabriela", "fernanda", "mariana", "camila", "larissa", "letícia", "juliana", "hugo",
    "guillermo", "ángel", "tomás", "héctor", "marcelo", "gustavo", "felipe", "leandro", "thiago", "víctor",
    // Arabic and Turkish given names common in European newsrooms' reports
    "karim", "mohamed", "mohammed", "ahmed", "youssef", "mehdi", "rachid", "samir", "nadia", "leila", "fatima",
    "yasmine", "amina", "omar", "hassan", "mustafa", "emre", "murat", "ayşe", "zeynep",
    // More Italian, French, German, Spanish, Polish, Ukrainian and Russian given names
    "ludovica", "valentina", "martina", "alessia", "silvia", "simona", "roberta", "paola", "elisa", "giorgia",
    "beatrice", "caterina", "eleonora", "serena", "ilaria", "irene", "michela", "monica", "nicoletta", "veronica",
    "enrico", "filippo", "giorgio", "massimo", "maurizio", "mario", "roberto", "salvatore", "simone", "tommaso",
    "vincenzo", "alberto", "claudio", "fabio", "guido", "leonardo", "luigi", "nicola", "pietro", "sandro", "carlo",
    "rasmus", "jaan", "mikkel", "ernesto",
    "cesare", "giacomo", "edoardo", "mattia", "bartolomeo", "francesco", "gennaro", "ciro", "pasquale", "raffaele",
    "gaetano", "domenico", "antonella", "angelo", "gianni", "sabrina", "alessandra", "daniela", "stefania", "valeria", "camille", "manon", "léa", "chloé", "margaux",
    "mathilde", "pauline", "aurélie", "émilie", "amélie", "agnès", "anne", "delphine", "élodie", "estelle",
    "laetitia", "marion", "mélanie", "muriel", "odile", "virginie", "louis", "théo", "maxime", "benoît",
    "bertrand", "cédric", "damien", "didier", "emmanuel", "fabien", "franck", "gilles", "hervé", "jérôme",
    "lionel", "loïc", "marc", "pascal", "patrice", "rémi", "romain", "sylvain", "xavier", "yann", "anke",
    "britta", "christiane", "doris", "elke", "frauke", "inge", "jana", "kerstin", "miriam", "nadine", "silke",
    "simone", "tanja", "ulrike", "vanessa", "benedikt", "dominik", "fabian", "georg", "hendrik", "johannes",
    "julian", "malte", "moritz", "nils", "niklas", "oliver", "philipp", "thorsten", "timo", "torsten", "volker",
    "christoph", "detlef", "heiko", "lutz", "olaf", "reinhard", "rolf", "rüdiger", "hartmut", "ludwig", "paula",
    "raquel", "rocío", "nuria", "montserrat", "andrés", "eduardo", "enrique", "ignacio", "jaime", "julio",
    "óscar", "rafael", "ramón", "rubén", "vicente", "adrián", "marcos", "íñigo", "borja", "monika", "paulina",
    "karolina", "justyna", "sylwia", "weronika", "patrycja", "bartosz", "damian", "filip", "kamil", "karol",
    "konrad", "maciej", "przemysław", "szymon", "wiktor", "witold", "radosław", "sławomir", "stanisław",
    "tadeusz", "leszek", "czesław", "kazimierz", "henryk", "вероніка", "діана", "євгенія", "лілія", "надія",
    "поліна", "соломія", "валерія", "віра", "данило", "марко", "матвій", "орест", "ілля", "всеволод", "гліб",
    "мирослав", "святослав", "danylo", "orest", "solomiia", "людмила", "галина", "надежда", "валентина",
    "оксана", "маргарита", "вероника", "виктория", "алёна", "варвара", "евгения", "елизавета", "антон", "аркадий",
    "борис", "вадим", "валентин", "глеб", "денис", "леонид", "максим", "олег", "роман", "руслан", "тимур",
    "ярослав", "арсений", "даниил", "матвей",
    // More English and international given names
    "dana", "ella", "zoe", "maya", "eva", "marie", "helena", "henrike", "alasdair", "marcus", "priya", "leila",
    "omar", "ahmed", "mohammed", "fatima", "vera", "дана", "ева", "вера", "ольга",
];

static FOLDED: LazyLock<HashSet<String>> = LazyLock::new(|| GIVEN_NAMES.iter().map(|n| stemmata_text::fold(n)).collect());

/// Whether a folded word is a common given name.
pub fn is_given_name(folded: &str) -> bool {
    FOLDED.contains(folded)
        || stemmata_text::has_cyrillic(folded) && nominatives(folded).iter().any(|n| FOLDED.contains(n))
        // (A Polish spelling of a Ukrainian name: "Ołena", "Mykoła".)
        || folded.contains('ł') && FOLDED.contains(folded.replace('ł', "l").as_str())
}

/// The nominatives a Ukrainian or Russian given name in another case may have: "олега" →
/// "олег", "оксани" → "оксана", "ірину" → "ірина", "тарасові" → "тарас".
fn nominatives(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for ending in ["ові", "еві", "ом", "ем", "ою", "ею", "а", "я", "у", "ю", "і", "и", "е"] {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 3
        {
            out.push(stem.to_string());
            out.push(format!("{stem}а"));
            out.push(format!("{stem}я"));
            out.push(format!("{stem}й"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_in_several_languages_and_cases() {
        for name in ["dana", "piotr", "paweł", "małgorzata", "juan", "giulia", "олега", "оксани", "ołena", "mykoła"] {
            assert!(is_given_name(&stemmata_text::fold(name)), "{name}");
        }
        for word in ["jordan", "victoria", "minister", "gazeta"] {
            assert!(!is_given_name(word), "{word}");
        }
    }
}
