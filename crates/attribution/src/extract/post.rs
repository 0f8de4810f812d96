//! The passes that correct a sentence's attributions once `extract_sentences` has read them, in
//! order: each drops what is no report, or reframes a source's span, name or kind.

// Every pass has the one signature `Pass`, though some only change attributions in place.
#![allow(clippy::ptr_arg)]

use super::*;

/// What a pass reads: the text, the sentence, its language, its cue lexicons and the keys of the
/// outlets known to the corpus.
#[derive(Clone, Copy)]
pub(super) struct Cx<'a> {
    pub(super) text: &'a str,
    pub(super) sentence: Span,
    pub(super) language: Option<&'a str>,
    pub(super) lexicons: &'a [&'static CueLexicon],
    pub(super) known: &'a [String],
}

pub(super) type Pass = fn(&Cx<'_>, &mut Vec<Attribution>);

/// The passes, in the order they run.
pub(super) const POST_PASSES: &[Pass] = &[
    drop_public_adjective,
    drop_back_reference_cue,
    body_by_abbreviation,
    titled_person_then_name,
    experts_of_body,
    company_common_noun,
    given_name_alone,
    medium_by_city,
    medium_noun_before_city,
    drop_waterway_channel,
    drop_romance_per,
    adverb_before_source,
    international_body_run_on,
    german_participle_adjective,
    german_zufolge_list,
    german_described_person,
    described_medium_kind,
    german_genitive_back_reference,
    company_by_legal_form,
    media_noun_then_quoted_name,
    body_name_run_on,
    number_is_no_medium,
    |_, found| own_channel_post(found),
    drop_place_alone,
    german_genitive_post,
    drop_own_platform,
    drop_document_quoting,
    drop_as_phrase,
    drop_body_told,
    medium_of_information,
    elided_preposition,
    contracted_back_reference,
    drop_noun_compound,
    drop_saying_verb_name,
    name_before_day,
    person_after_quoted_body,
    age_before_described_name,
    german_woman_noun,
    polish_role_noun,
    polish_o_tym_speaker,
    drop_italian_riportare,
    drop_dutch_noun,
    drop_cited_reason,
    drop_dative_pronoun,
    german_dative_medium,
    italian_cleft,
    media_named_by_plural_noun,
    drop_participle_object,
    french_nous_told,
    person_named_in_description,
    surname_of_named_person,
    dative_outlet_then_speaker,
    medium_noun_then_known_name,
    known_medium_opening_sentence,
    known_medium_then_city,
    romance_body_run_on,
    drop_declaration,
    drop_credit_phrase_source,
    drop_passive_subject,
    outlet_told_then_speaker,
    told_outlet_in_source,
    abbreviation_before_verb,
    month_or_weekday_alone,
    drop_cue_inside_source,
    drop_told_medium_before,
    drop_romance_via,
    drop_negated_publication,
    polish_reflexive_object,
    drop_slavic_negated,
    drop_german_prepositional_object,
    drop_misread_phrases,
    polish_apostrophe_case,
    platform_before_cue,
    medium_in_a_language,
    quoted_things_are_no_media,
    romance_indefinite_object,
    drop_nationality_recipient,
    person_writing_in_document,
    clause_rules,
];

/// "scrive la rettrice Carla Ambrosini nella nota", "schreibt Rektorin X in der Mitteilung",
/// "zegt bestuursvoorzitter X in het persbericht": one quoted in a body's statement speaks in
/// it; the statement, not a post of theirs, is the source.
fn person_writing_in_document(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, lexicons, language, .. } = *cx;
    // (English keeps "Smith said in a statement": a statement's author, read where it is told.)
    if matches!(language, None | Some("en")) {
        return;
    }
    const IN: &[&str] = &["in", "im", "nella", "nel", "dans", "en", "w", "we", "no", "na", "в", "у"];
    const DETERMINERS: &[&str] = &[
        "the", "its", "his", "her", "der", "dem", "het", "de", "la", "le", "ce", "cette", "son", "sa", "il", "o", "a", "su", "sua", "seinem",
        "ihrem", "ihrer", "seiner", "tym",
    ];
    const NOUNS: &[&str] = &[
        "vorwort", "foreword", "preface", "prefazione", "avant-propos", "mitteilung", "pressemitteilung", "persbericht", "nota", "comunicato",
        "communique", "comunicado",
    ];
    let in_document = |a: &Attribution| {
        let Some(s) = a.source.as_ref() else { return false };
        if !(s.kind == SourceKind::Person || s.kind.is_media() && !s.back_reference && stemmata_text::media::lookup(&s.name).is_none()) {
            return false;
        }
        // (A person by a given name: "Kustlijn Netbeheer said in a statement" is the body's own.)
        let words: Vec<&str> = crate::words(&s.text).collect();
        let titled = words.len() >= 3 && words[words.len() - 2..].iter().all(|w| is_capitalized(w)) && words[..words.len() - 2].iter().any(|w| !is_capitalized(w));
        if !titled && !words.iter().any(|w| crate::given_names::is_given_name(&fold(w))) {
            return false;
        }
        let from = s.span.end.max(a.cue.end);
        let after = &text[from..sentence.end.max(from)];
        let words: Vec<String> = crate::words(after).take(4).map(fold).collect();
        // A preposition right after, an optional determiner, a document's noun.
        let Some(k) = words.iter().position(|w| IN.contains(&w.as_str())).filter(|&k| k <= 1) else { return false };
        words[k + 1..].iter().find(|w| !DETERMINERS.contains(&w.as_str())).is_some_and(|noun| {
            NOUNS.contains(&noun.as_str()) || lexicons.iter().any(|l| l.document_heads.contains(&noun.as_str()))
        })
    };
    found.retain(|a| !in_document(a));
}

/// "Dozens admitted to Ukrainian medical school": a nationality before a common noun is told
/// nothing.
fn drop_nationality_recipient(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for a in found.iter_mut() {
        if let Some(r) = a.recipient.as_ref()
            && !r.text.contains(' ')
            && in_list(NATIONALITIES, &fold(&r.text))
            && text[r.span.end..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_lowercase))
        {
            a.recipient = None;
        }
    }
}

/// "El documento … recoge también una cláusula de reventa": after a Romance verb of publishing,
/// an indefinite article before a common noun that is no medium, no anonymous source and no
/// document opens the object, not the subject.
fn romance_indefinite_object(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, lexicons, .. } = *cx;
    if !matches!(language, Some("es" | "it" | "pt" | "fr")) {
        return;
    }
    let lex = lexicons[0];
    found.retain(|a| {
        let Some(s) = a.source.as_ref().filter(|s| s.span.start >= a.cue.end) else { return true };
        let verb = crate::words(&a.cue_text).last().map(fold).unwrap_or_default();
        // (Not a verb of telling: "cuenta un vecino".)
        let publishing = lex.media_verbs.iter().any(|v| fold(v) == verb)
            && !lex.verbs.iter().any(|v| fold(v) == verb)
            && !matches!(verb.as_str(), "cuenta" | "conto" | "relata" | "relato" | "asegura" | "racconta" | "conta" | "raconte" | "relate" | "compartio" | "colgo");
        let words: Vec<&str> = crate::words(&s.text).take(2).collect();
        !(publishing
            && words.len() == 2
            && matches!(fold(words[0]).as_str(), "un" | "una" | "unos" | "unas" | "uno" | "um" | "uma" | "uns" | "umas" | "une" | "des")
            && !words[1].starts_with(char::is_uppercase)
            && !media_noun(lex, &fold(words[1]))
            && !lex.anonymous_heads.contains(&fold(words[1]).as_str())
            && !lex.document_heads.contains(&fold(words[1]).as_str()))
    });
}

/// "Así lo informa el diario en inglés The Moscow Times": a medium noun, the language it writes
/// in, then its name.
fn medium_in_a_language(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    if !matches!(language, Some("es" | "it" | "pt" | "fr")) {
        return;
    }
    const LANGUAGES: &[&str] = &[
        "ingles", "inglese", "anglais", "english", "ruso", "russo", "russe", "ucraniano", "ucraino", "ukrainien", "aleman", "tedesco",
        "allemand", "alemao", "frances", "francese", "francais",
    ];
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media() && s.back_reference) {
        let rest = &text[s.span.end..sentence.end.max(s.span.end)];
        let mut words = rest.split(' ').skip(1);
        let (Some(prep), Some(lang)) = (words.next(), words.next()) else { continue };
        if !matches!(fold(prep).as_str(), "en" | "in" | "em") || !LANGUAGES.contains(&fold(lang).as_str()) {
            continue;
        }
        // The capitalised words after it, up to a comma or the sentence's end.
        let name_from = s.span.end + 1 + prep.len() + 1 + lang.len() + 1;
        let Some(tail) = text.get(name_from..sentence.end.max(name_from)) else { continue };
        let mut len = 0;
        for w in tail.split(' ') {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            if bare.is_empty() || !bare.starts_with(char::is_uppercase) {
                break;
            }
            len += bare.len();
            if bare.len() < w.len() {
                break;
            }
            len += 1;
        }
        let name = tail[..len.min(tail.len())].trim_end();
        if !name.is_empty() {
            let start = s.span.start;
            reframe(s, text, start, name_from + name.len());
            s.name = name.to_string();
            s.back_reference = false;
        }
    }
}

/// "Про це у своєму дописі в соцмережі X написала … Клеманс Варень": a network named right
/// before the cue is where the post went up; the writer is the name after the cue.
fn platform_before_cue(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    if !matches!(language, Some("uk" | "ru" | "pl")) {
        return;
    }
    const NETWORK: &[&str] = &["соцмережі", "соцмережах", "мережі", "соцсети", "соцсетях", "сети", "платформі", "платформе", "serwisie", "platformie", "portalu"];
    for a in found.iter_mut() {
        let Some(s) = a.source.as_ref() else { continue };
        if s.span.end > a.cue.start || !text[s.span.end..a.cue.start].trim().is_empty() {
            continue;
        }
        let before = text[sentence.start.min(s.span.start)..s.span.start].split_whitespace().last().map(fold).unwrap_or_default();
        if !NETWORK.contains(&before.as_str()) {
            continue;
        }
        // The first run of two or more capitalised words after the cue, in the sentence.
        let after = &text[a.cue.end..sentence.end.max(a.cue.end)];
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        for w in after.split(' ').take(12) {
            let start = a.cue.end + at;
            at += w.len() + 1;
            let bare = w.trim_end_matches(['.', ',', ';', ':']);
            if !bare.is_empty() && bare.starts_with(char::is_uppercase) {
                run.push((start, start + bare.len()));
                if bare.len() < w.len() {
                    break;
                }
            } else if run.len() >= 2 {
                break;
            } else {
                run.clear();
            }
        }
        let best = (run.len() >= 2).then(|| (run[0].0, run[run.len() - 1].1));
        if let (Some((from, to)), Some(s)) = (best, a.source.as_mut()) {
            reframe(s, text, from, to);
            s.name = s.text.clone();
            s.kind = SourceKind::Person;
        }
    }
}

/// "Według „Le Monde'u”", "powiedział „Le Monde'owi”": a Polish case ending after an apostrophe
/// on a foreign name is no part of the name.
fn polish_apostrophe_case(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    if cx.language != Some("pl") {
        return;
    }
    for s in found.iter_mut().flat_map(|a| a.source.iter_mut().chain(a.recipient.iter_mut())).filter(|s| s.kind.is_media()) {
        let name = s.name.trim_end();
        let Some(k) = name.rfind(['\'', '’']) else { continue };
        let ending = &name[k + name[k..].chars().next().map_or(1, char::len_utf8)..];
        if matches!(ending, "u" | "a" | "owi" | "em" | "ie" | "ego" | "emu" | "y") && name[..k].ends_with(char::is_alphabetic) {
            s.name = name[..k].to_string();
        }
    }
}

/// "Найгірший результат показала палетка «Princess Glam Box»", "пресслужба «Нафтогазу»": a
/// quoted name right after a common noun that is no medium's names a company, a body or a
/// product, no medium.
fn quoted_things_are_no_media(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let language = cx.language;
    if !matches!(language, Some("uk" | "ru" | "pl")) {
        return;
    }
    for a in found.iter_mut() {
        let thing = quoted_thing(cx, a);
        if thing && let Some(s) = a.source.as_mut() {
            s.kind = SourceKind::Organization;
        }
    }
}

/// Whether an attribution's source is a quoted name right after a common noun that is no
/// medium's ([`quoted_things_are_no_media`]).
fn quoted_thing(cx: &Cx<'_>, a: &Attribution) -> bool {
    let Cx { text, sentence, lexicons, .. } = *cx;
    let Some(s) = a.source.as_ref().filter(|s| s.kind.is_media() && !s.back_reference) else { return false };
    // (The noun in the phrase, or right before its opening mark.)
    let (phrase, open) = match s.text.find(['«', '„', '"']) {
        Some(open) => (s.text.as_str(), open),
        None => {
            // (After the cue: "сообщила «Украинская правда»" has no noun before the mark.)
            let from = if a.cue.end <= s.span.start { a.cue.end.max(sentence.start) } else { sentence.start };
            let before = text[from.min(s.span.start)..s.span.start].trim_end();
            match before.strip_suffix(['«', '„', '"']) {
                Some(b) => (b, b.len()),
                None => return false,
            }
        }
    };
    let Some(last) = phrase[..open].split_whitespace().next_back() else { return false };
    let folded = fold(last);
    // (Media nouns in any case: "порталу", "телеканалі", "tygodnikowi".)
    const MEDIA_STEMS: &[&str] = &[
        "газет", "видан", "издан", "телекан", "канал", "сайт", "портал", "агентств", "агенц", "журнал", "радіо", "радио",
        "тижнев", "еженедел", "щоденн", "ежеднев", "медіа", "медиа", "ресурс", "паблик", "блог", "подкаст", "выпуск",
        "випуск", "ефір", "эфир", "телеб", "телев", "программ", "програм", "gazet", "portal", "tygodnik", "dziennik", "serwis",
        "telewizj", "radi", "rozglos", "agencj", "kanal", "magazyn", "miesiecznik", "program", "audycj", "media", "blog",
        "podcast", "stacj", "redakcj", "редакц",
    ];
    let medium = lexicons.iter().any(|l| media_noun(l, &folded)) || media_noun(&lexicon::ENGLISH, &folded) || MEDIA_STEMS.iter().any(|m| folded.starts_with(m));
    // (A Polish adjective: "podaje brytyjski „The Guardian”".)
    // (The endings "-y" and "-a" cover "-ny", "-owy", "-ska", "-owa".)
    let polish_adjective = ["ski", "skie", "skiego", "skiej", "skim", "cki", "ckie", "ckiego", "ne", "nego", "nej", "owe", "owego", "owej", "y", "a"]
        .iter()
        .any(|e| folded.ends_with(e));
    // (A noun, not a conjunction, preposition or adverb: "та «Буковинський огляд»", "в
    // «Пятой версте»", "позже «X»".)
    const FUNCTION_WORDS: &[&str] = &[
        "також", "также", "тоже", "або", "или", "либо", "oraz", "albo", "czyli", "затем", "потом", "позже", "пізніше", "раніше",
        "ранее", "сейчас", "зараз", "тепер", "теперь", "вчера", "вчора", "сегодня", "сьогодні", "dzisiaj", "wczoraj", "potem",
        "później", "pozniej", "także", "takze", "również", "rowniez", "через", "після", "после", "перед", "między", "miedzy",
        "przez", "według", "wedlug", "згідно", "согласно", "завдяки", "благодаря",
    ];
    // (Nor a day or a month: "podał w poniedziałek „Financial Times"".)
    let time_word = in_list(TIME_WORDS_AFTER_CUE, &folded) || in_list(WEEKDAYS, &folded) || MONTHS.contains(&folded.as_str());
    // (Nor a Russian or Ukrainian adjective in the nominative: "украинский «Зорепильский курьер»".)
    // (Read as written: folding turns "й" into "и".)
    let lower = last.to_lowercase();
    let nominative_adjective = ["ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ій", "ська", "ське", "ські", "цька", "цьке", "цькі"].iter().any(|e| lower.ends_with(e) || folded.ends_with(e));
    // (Nor the verb's object before its subject: "цитує документ «Шпігель»".)
    let object = lexicons.iter().any(|l| l.document_heads.iter().any(|h| fold(h) == folded))
        || ["слова", "заяву", "заявление", "лист", "письмо", "дані", "данные", "інформацію", "информацию", "документ", "документы", "документи", "słowa", "slowa", "dane", "informacje", "list", "dokument"].contains(&folded.as_str());
    // (Nor a press service or a newsroom's people, read elsewhere: "пресслужба «Нафтогазу»",
    // "Главный редактор «Ольшанского курьера»".)
    let staff = ["пресслужб", "прес-служб", "пресс-служб", "служб", "редактор", "редакц", "журналіст", "журналист", "кореспондент", "корреспондент", "dziennikarz", "redaktor", "biuro", "rzeczni", "речни", "представител", "представник"]
        .iter()
        .any(|p| folded.starts_with(p))
        || in_list(JOURNALIST_NOUNS, &folded);
    let noun = folded.chars().count() >= 4 && !FUNCTION_WORDS.contains(&folded.as_str()) && !time_word && !nominative_adjective && !object && !staff;
    noun && !is_capitalized(last) && !medium && !slavic_adjective_any_case(&folded) && !polish_adjective && last.chars().all(char::is_alphabetic)
}

/// Source phrases read from words that are no subject of the cue:
/// - a Romance locative and an impersonal "se" ("En el acta se recoge que …": in the record);
/// - a possessor cut off from its noun ("a report by the Basque government's inspectors");
/// - a document's authors by a possessive ("Jego autorzy piszą": the report's);
/// - one answering the article's own outlet ("Talerzyk w odpowiedzi na nasze pytania
///   napisał"): a company or body, no medium.
///
/// And "приводит журнал слова политолога …": the medium noun alone, the words quoted after it.
fn drop_misread_phrases(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    found.retain(|a| {
        let Some(s) = a.source.as_ref() else { return true };
        let words: Vec<String> = s.text.split_whitespace().map(fold).collect();
        let romance_locative = matches!(language, Some("es" | "it" | "pt" | "fr"))
            && words.len() >= 2
            && matches!(words[0].as_str(), "en" | "in" | "dans" | "em" | "nel" | "nella" | "no" | "na")
            && matches!(words[words.len() - 1].as_str(), "se" | "si");
        let after = text.get(s.span.end..).unwrap_or("");
        let cut_possessor = s.kind.is_media()
            && after.starts_with(' ')
            && after[1..].split_whitespace().next().is_some_and(|w| {
                let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
                stem.is_some_and(|st| !st.is_empty() && st.chars().all(char::is_lowercase))
            });
        let authors = words.len() == 2
            && matches!(words[0].as_str(), "jego" | "jej" | "ich" | "його" | "її" | "его" | "ее" | "её" | "its" | "ses" | "sus" | "seine" | "ihre" | "i suoi" | "os seus")
            && matches!(words[1].as_str(), "autorzy" | "автори" | "авторы" | "authors" | "auteurs" | "autores" | "autoren" | "autori");
        // ("publiceerde zoals de Europese digitaledienstenverordening voorschrijft": an "as"
        // clause after the cue, no subject of it.)
        let as_clause = a.cue.end <= s.span.start
            && words.first().is_some_and(|w| matches!(w.as_str(), "zoals" | "as" | "wie" | "comme" | "como" | "come" | "jak" | "как" | "як"))
            && words.len() >= 2;
        !(romance_locative || cut_possessor || authors || as_clause)
    });
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        let folded = fold(&s.text);
        // (Answering our questions: "w odpowiedzi na nasze pytania", "in response to our questions".)
        const TO_US: &[&str] = &[" w odpowiedzi na nasze", " in response to our", " in reply to our", " у відповідь на наш", " в ответ на наш", " auf unsere", " en reponse a nos", " en respuesta a nuestras", " in risposta alle nostre"];
        if let Some(k) = TO_US.iter().filter_map(|p| folded.find(p)).min() {
            // (Folding keeps byte offsets only for ASCII; cut at the same word count.)
            let keep = folded[..k].split_whitespace().count();
            let end = s.text.split_whitespace().take(keep).last().map(|w| w.as_ptr() as usize - s.text.as_ptr() as usize + w.len());
            if let Some(end) = end {
                let start = s.span.start;
                reframe(s, text, start, start + end);
                s.name = s.text.clone();
                s.kind = SourceKind::Organization;
            }
        }
        // ("приводит журнал слова политолога": the medium noun, then its object.)
        if matches!(language, Some("ru" | "uk")) && s.kind.is_media() {
            let ws: Vec<&str> = s.text.split_whitespace().collect();
            if ws.len() >= 2 && ws[0].starts_with(char::is_lowercase) && matches!(fold(ws[1]).as_str(), "слова" | "слів" | "цитату" | "цитати" | "высказывание" | "заявление" | "заяву") {
                let start = s.span.start;
                reframe(s, text, start, start + ws[0].len());
                s.name = s.text.clone();
                s.back_reference = true;
            }
        }
    }
}

/// "als der Pilot eine Drohne unter der linken Tragfläche meldete": a German noun right after a
/// preposition, its article and describing words, is the object of the preposition, not the
/// subject of the verb at the clause's end. (Not an agent: "wie von der FAZ gemeldet".)
fn drop_german_prepositional_object(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, known, .. } = *cx;
    if language != Some("de") {
        return;
    }
    const PREPOSITIONS: &[&str] = &["unter", "uber", "auf", "an", "in", "im", "am", "mit", "bei", "beim", "nach", "aus", "zu", "zum", "zur", "vor", "hinter", "neben", "zwischen", "gegen", "ohne", "um", "fur"];
    const ARTICLES: &[&str] = &["der", "die", "das", "den", "dem", "des", "einer", "einem", "einen", "eine", "ein"];
    found.retain(|a| {
        let Some(s) = a.source.as_ref() else { return true };
        if s.text.contains(' ') || s.span.end > a.cue.start || !s.kind.is_media() || stemmata_text::media::lookup(&s.name).is_some() || known.contains(&crate::outlet_key(&s.name)) {
            return true;
        }
        let before: Vec<String> = text[sentence.start..s.span.start.max(sentence.start)].split_whitespace().rev().take(4).map(fold).collect();
        let adjectives = before.iter().take_while(|w| w.chars().all(char::is_lowercase) && !ARTICLES.contains(&w.as_str()) && !PREPOSITIONS.contains(&w.as_str())).count();
        // (Or with no article: "in deutschen Großstädten melden die Gesundheitsämter".)
        let object = adjectives <= 2
            && (before.get(adjectives).is_some_and(|w| ARTICLES.contains(&w.as_str())) && before.get(adjectives + 1).is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
                || adjectives >= 1 && before.get(adjectives).is_some_and(|w| PREPOSITIONS.contains(&w.as_str())));
        !object
    });
}

/// "Чи стосуються обмеження …, Решель не уточнив": a Slavic verb denied ("не уточнив", "nie
/// podał") reports nothing; its negation was read into the source. (Not a denial or a concession
/// that says something: "не исключил", "не заперечує".)
fn drop_slavic_negated(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if !matches!(language, Some("uk" | "ru" | "pl")) {
        return;
    }
    found.retain(|a| {
        let negated = a.source.as_ref().is_some_and(|s| s.span.end <= a.cue.start && [" не", " nie"].iter().any(|n| fold(&s.text).ends_with(n)));
        let says = ["исключ", "виключ", "отрица", "заперечу", "заперечи", "wyklucz", "скрыва", "приховув", "zaprzecz"].iter().any(|v| fold(a.cue_text.trim()).starts_with(v));
        !negated || says
    });
}

/// "Ukraine's State Statistics Service has not published official figures since …": a
/// publication denied is no report.
fn drop_negated_publication(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    found.retain(|a| {
        let cue = fold(a.cue_text.trim());
        let publishing = ["published", "publish", "publishes", "released", "release", "issued", "issue", "reported", "report"].contains(&cue.as_str());
        // ("has not", "hasn't", "never".)
        let negated = !a.in_title && {
            let before = fold(text[..a.cue.start].trim_end());
            [" not", " never", "n't", "n’t"].iter().any(|n| before.ends_with(n))
        };
        !(publishing && negated)
    });
}

/// "Swoje wyliczenia opublikowała w środę na Facebooku": a Polish phrase opening with the
/// reflexive possessive is the verb's object, never its subject.
fn polish_reflexive_object(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if language != Some("pl") {
        return;
    }
    // "podał się do dymisji": resigned, no report.
    found.retain(|a| {
        !(matches!(fold(a.cue_text.trim()).as_str(), "podal" | "podala" | "podał" | "podała" | "podali")
            && text[a.cue.end..].trim_start().starts_with("się do dymisji"))
    });
    for a in found.iter_mut() {
        if a.source.as_ref().is_some_and(|s| {
            s.span.end <= a.cue.start
                && matches!(fold(s.text.split_whitespace().next().unwrap_or("")).as_str(), "swoje" | "swoj" | "swoja" | "swoich" | "swym" | "swoim" | "swa" | "swe")
        }) {
            a.source = None;
        }
    }
}

/// "depósitos de R$ 20 via Pix": in a Romance text "via" is a way, not a credit, unless it
/// names a medium ("via Reuters", a story outlet).
fn drop_romance_via(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, known, .. } = *cx;
    if !matches!(language, Some("pt" | "es" | "it" | "fr")) {
        return;
    }
    found.retain(|a| {
        fold(a.cue_text.trim()) != "via"
            || a.source.as_ref().is_some_and(|s| {
                stemmata_text::media::lookup(&s.name).is_some() || agency::lookup(&s.name).is_some() || known.contains(&crate::outlet_key(&s.name))
            })
    });
}

/// "El Istat ha indicado al diario que …": a cue of the medium told ("al diario", "a la agencia")
/// with no name after it tells of the medium the article relays; the words before it are the
/// speaker and the verb, no medium's name.
fn drop_told_medium_before(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { lexicons, .. } = *cx;
    found.retain(|a| {
        let cue = fold(a.cue_text.trim());
        let told = ["al ", "a la ", "a los ", "a las "].iter().any(|p| cue.starts_with(p))
            && cue.split(' ').next_back().is_some_and(|w| lexicons.iter().any(|l| media_noun(l, w)));
        !(told && a.source.as_ref().is_some_and(|s| s.span.end <= a.cue.start))
    });
}

/// "…, citing an investigation by the Ukrainian news site Ukrainska Pravda": a cue inside another
/// attribution's source phrase that names the same source is part of that attribution.
fn drop_cue_inside_source(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let outer: Vec<(Span, String)> = found.iter().filter_map(|a| a.source.as_ref().map(|s| (s.span, s.name.clone()))).collect();
    found.retain(|a| {
        !matches!(a.cue_kind, CueKindOrCredit::Cue(_))
            || !a.source.as_ref().is_some_and(|s| {
                outer.iter().any(|(span, name)| *name == s.name && *span != s.span && span.start <= a.cue.start && a.cue.end <= span.end)
            })
    });
}

/// "no lo hizo público", "a separação tornou-se pública": the adjective, whose folded form
/// is the verb's ("publicó", "publica").
fn drop_public_adjective(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    found.retain(|a| !matches!(a.cue_kind, CueKindOrCredit::Cue(_)) || !matches!(a.cue_text.trim(), "público" | "pública" | "públicos" | "públicas"));
}

/// "De acordo com a agência": a back-reference whose folded form is a cue's ("à agência").
fn drop_back_reference_cue(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { lexicons, .. } = *cx;
    found.retain(|a| {
        !matches!(a.cue_kind, CueKindOrCredit::Cue(_))
            || !lexicons.iter().any(|l| l.back_references.iter().any(|b| *b == a.cue_text.trim().to_lowercase()))
    });
}

/// "selon l'ARS" after "l'agence régionale de santé (ARS)": an abbreviation the text
/// defines as a body's is that body, no medium.
fn body_by_abbreviation(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        if s.kind.is_media() && !s.back_reference && let Some(body) = defined_body(text, &s.name) {
            s.kind = SourceKind::Organization;
            s.agency = None;
            let _ = body;
        }
    }
}

/// "написав начальник Ізмаїльської районної військової адміністрації Олег Мирошниченко": a
/// person's title opening the source, the name after its genitive words.
fn titled_person_then_name(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        let first = s.text.split_whitespace().next().map(fold).unwrap_or_default();
        if !is_person_title(&first) || s.text.starts_with(char::is_uppercase) && !stemmata_text::has_cyrillic(&s.text) {
            continue;
        }
        s.kind = SourceKind::Person;
        let rest = text.get(s.span.end..sentence.end).unwrap_or("");
        let mut at = 0;
        let mut lower = 0;
        for w in rest.split(' ').skip(1) {
            let bare = w.trim_end_matches([',', '.', ';', ':', '!', '?']);
            if bare.starts_with(char::is_lowercase) && lower < 5 && bare.len() == w.len() {
                lower += 1;
                at += 1 + w.len();
                continue;
            }
            if bare.starts_with(char::is_uppercase) && crate::given_names::is_given_name(&fold(bare)) && bare.len() == w.len() {
                let after = &rest[at + 1 + w.len()..];
                if let Some(surname) = after.strip_prefix(' ').and_then(|r| r.split(' ').next()) {
                    let surname_bare = surname.trim_end_matches([',', '.', ';', ':', '!', '?']);
                    if is_capitalized(surname_bare) {
                        let end = s.span.end + at + 1 + w.len() + 1 + surname_bare.len();
                        reframe(s, text, s.span.start, end);
                        s.name = format!("{bare} {surname_bare}");
                    }
                }
            }
            break;
        }
    }
}

/// "За даними фахівців CERT-UA", "according to experts at CERT-UA": a body's experts speak
/// for the body.
fn experts_of_body(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        const EXPERTS: &[&str] = &[
            "фахівців ", "фахівці ", "експертів ", "експерти ", "спеціалістів ", "специалистов ", "специалисты ",
            "экспертов ", "эксперты ", "experts at ", "experts from ", "specialists at ", "researchers at ",
            "die experten des ", "experten des ", "experten von ", "les experts du ", "les spécialistes du ",
        ];
        let Some(rest) = EXPERTS.iter().find_map(|e| {
            s.text.strip_prefix(e).or_else(|| {
                // (Capitalised at a sentence's start: "Experts at CERT-UA".)
                s.text.get(..e.len()).filter(|head| head.to_lowercase() == *e).map(|_| &s.text[e.len()..])
            })
        }) else {
            continue;
        };
        if rest.starts_with(char::is_uppercase) && crate::institution::concepts(rest).is_some() {
            let start = s.span.end - rest.len();
            s.name = rest.to_string();
            reframe(s, text, start, s.span.end);
            s.kind = SourceKind::Organization;
        }
    }
}

/// "Firma poinformowała", "Der Konzern teilte mit": a company's common noun, capitalised at
/// a sentence's start or as a German noun, is an unnamed company, no medium.
fn company_common_noun(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media() && !s.back_reference) {
        let w: Vec<&str> = s.text.split_whitespace().collect();
        let noun = w.last().map(|n| fold(n)).unwrap_or_default();
        if (1..=2).contains(&w.len())
            && (w.len() == 1 || matches!(fold(w[0]).as_str(), "der" | "die" | "das" | "la" | "le" | "el" | "il" | "the"))
            && matches!(noun.as_str(), "firma" | "spolka" | "społka" | "konzern" | "unternehmen" | "company" | "societe" | "empresa" | "societa")
        {
            s.kind = SourceKind::Organization;
        }
    }
}

/// "racconta Giulia, 52 anni": a given name alone is a person, no medium; so is "23-latek" (a
/// 23-year-old).
fn given_name_alone(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media() && !s.back_reference) {
        // ("explica a este periódico Amparo Ferrer": a given name and a surname are a person.)
        // (Not a name in quotation marks: «Анна Новости» is a medium's.)
        if full_name(&s.name).is_some_and(|n| n == s.name.trim())
            && !s.text.starts_with(OPENING_QUOTES)
            && !text[..s.span.start].trim_end().ends_with(OPENING_QUOTES)
            && s.name.split(' ').count() == 2
            && crate::given_names::is_given_name(&fold(s.name.split(' ').next().unwrap_or("")))
            && stemmata_text::media::lookup(&s.name).is_none()
            && agency::lookup(&s.name).is_none()
        {
            s.kind = SourceKind::Person;
            continue;
        }
        if let Some((age, noun)) = s.text.split_once('-')
            && !age.is_empty()
            && age.chars().all(|c| c.is_ascii_digit())
            && matches!(noun, "latek" | "latka" | "letni" | "letnia" | "year-old" | "jährige" | "jähriger" | "річний" | "річна" | "летний" | "летняя")
        {
            s.kind = SourceKind::Person;
            continue;
        }
        let name = s.name.trim();
        if !name.contains(' ')
            && crate::given_names::is_given_name(&fold(name))
            && stemmata_text::media::lookup(name).is_none()
            && agency::lookup(name).is_none()
        {
            s.kind = SourceKind::Person;
        }
    }
}

/// "selon le journal de Düsseldorf", "il quotidiano di Milano", "el diario de Madrid": a
/// medium described by its city refers back to one named before.
fn medium_by_city(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { lexicons, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media() && !s.back_reference) {
        let w: Vec<&str> = s.text.split_whitespace().collect();
        // ("el rotativo de Ponta Delgada": a lower-case noun before a place of a few words.)
        if let [article, noun, prep, ref place @ ..] = w[..]
            && matches!(fold(article).as_str(), "le" | "la" | "il" | "el" | "o" | "a" | "lo")
            && lexicons.iter().any(|l| media_noun(l, &fold(noun)))
            && matches!(fold(prep).as_str(), "de" | "di" | "do" | "da")
            && (place.len() == 1 && names_a_place(place[0])
                || (1..=3).contains(&place.len()) && !is_capitalized(noun) && place.iter().all(|p| is_capitalized(p) && p.chars().all(|c| c.is_alphabetic() || c == '-')))
        {
            s.back_reference = true;
            s.name = s.text.clone();
        }
    }
}

/// ("a confié l'un de ces fonctionnaires au quotidien de Düsseldorf": the medium's noun
/// read before its city, which alone is no medium.)
fn medium_noun_before_city(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, lexicons, .. } = *cx;
    for s in found.iter_mut().flat_map(|a| a.source.iter_mut().chain(a.recipient.iter_mut())).filter(|s| s.kind.is_media() && !s.back_reference) {
        let w: Vec<&str> = s.text.split_whitespace().collect();
        let noun = |n: &str| lexicons.iter().any(|l| media_noun(l, &fold(n)));
        let noun_before = text[..s.span.start].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(noun);
        // (Or the noun inside the phrase: "quotidien de Düsseldorf".)
        let (w, noun_before) = match w[..] {
            [n, ref rest @ ..] if rest.len() == 2 && noun(n) => (rest.to_vec(), true),
            _ => (w, noun_before),
        };
        if let [prep, place] = w[..]
            && matches!(fold(prep).as_str(), "de" | "di" | "do" | "da")
            && names_a_place(place)
            && noun_before
        {
            s.back_reference = true;
            s.name = s.text.clone();
        }
        // ("a confié au quotidien une locataire du quartier d'Afrikaanderwijk": the daily
        // named before, then the speaker, no medium's name.)
        if noun_before && w.first().is_some_and(|f| matches!(fold(f).as_str(), "un" | "une" | "des" | "uno" | "una" | "unos" | "unas" | "um" | "uma")) {
            s.back_reference = true;
            s.name = text[..s.span.start].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_string();
        }
    }
}

/// "via the Sulina channel", "via diplomatic channels": a waterway or a way of talking, no
/// medium's channel (that names its platform: "via the Telegram channel X").
fn drop_waterway_channel(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, .. } = *cx;
    found.retain(|a| {
        fold(a.cue_text.trim()) != "via"
            || a.source.as_ref().is_none_or(|s| {
                let t = fold(&text[s.span.start..text.floor_char_boundary((s.span.end + 10).min(sentence.end))]);
                !t.contains(" channel") || ["telegram", "youtube", "tv", "whatsapp", "viber", "television"].iter().any(|p| t.contains(p))
            })
    });
}

/// "Quattordici mesi di stop per Michał Sobieraj": the English "per" is a preposition in
/// the other languages.
fn drop_romance_per(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if language.is_some_and(|l| !l.starts_with("en")) {
        found.retain(|a| !matches!(a.cue_kind, CueKindOrCredit::Cue(_)) || fold(a.cue_text.trim()) != "per");
    }
}

/// "riferisce ancora l'Usgs", "ha detto anche il ministro": an adverb before the source
/// is no part of it.
fn adverb_before_source(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        const ADVERBS: &[&str] = &["ancora ", "anche ", "inoltre ", "pure ", "también ", "además ", "asimismo ", "ainda ", "também ", "aussi ", "encore ", "également "];
        if let Some(adverb) = ADVERBS.iter().find(|a| s.text.starts_with(*a) && s.text.len() > a.len()) {
            let rest = &s.text[adverb.len()..];
            if s.name == s.text {
                s.name = rest.to_string();
            } else if let Some(n) = s.name.strip_prefix(adverb) {
                s.name = n.to_string();
            }
            reframe(s, text, s.span.start + adverb.len(), s.span.end);
        }
    }
}

/// "Lo rende noto l'Organizzazione mondiale della sanità": an international organisation's
/// name runs on over its lowercase words.
fn international_body_run_on(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for a in found.iter_mut() {
        let end = a.sentence.end;
        // ("Lo ha stabilito la Corte di giustizia dell'Unione europea": after its article too.)
        if let Some(s) = a.source.as_mut()
            && (!s.text.contains(' ') || s.text.split_whitespace().count() == 2 && s.text.split_whitespace().next().is_some_and(|w| matches!(fold(w).as_str(), "la" | "il" | "le" | "el" | "the" | "die" | "der" | "a" | "o")))
            && let Some(len) = text.get(s.span.start..end).and_then(crate::institution::international_name_len)
            && s.span.start + len > s.span.end
        {
            reframe(s, text, s.span.start, s.span.start + len);
            s.name = s.text.clone();
            s.kind = SourceKind::Organization;
        }
    }
}

/// "von drei weit verbreiteten Medikamenten": a participle after an adverb of degree or an
/// article is an adjective, no verb.
fn german_participle_adjective(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    if language == Some("de") {
        const ARTICLES: &[&str] = &["die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"];
        found.retain(|a| {
            let words: Vec<String> = text[sentence.start..a.cue.start].split_whitespace().rev().take(6).map(fold).collect();
            let before = words.first().cloned().unwrap_or_default();
            // ("Die in den Niederlanden verbreitete Fitness-App": an article, then a phrase opened by
            // a preposition, before the participle.)
            let phrase_between = (2..words.len()).any(|k| ARTICLES.contains(&words[k].as_str()) && matches!(words[k - 1].as_str(), "in" | "im" | "bei" | "unter" | "auf" | "an" | "am" | "von" | "vom"));
            !(matches!(a.cue_kind, CueKindOrCredit::Cue(_))
                && fold(&a.cue_text).starts_with("verbreitet")
                && (phrase_between || ARTICLES.contains(&before.as_str()) || matches!(before.as_str(), "weit" | "weithin" | "viel" | "haufig" | "breit" | "stark" | "oft" | "am" | "meist")))
        });
    }
}

/// "Berichten von The Athletic und der Gazzetta dello Sport zufolge": the sources before
/// "zufolge" are the other cue's already, not its last word.
fn german_zufolge_list(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if language == Some("de") {
        let spans: Vec<Span> = found.iter().filter(|a| fold(&a.cue_text) != "zufolge").filter_map(|a| a.source.as_ref().map(|s| s.span)).collect();
        found.retain(|a| {
            fold(&a.cue_text) != "zufolge" || a.source.as_ref().is_none_or(|s| !spans.iter().any(|o| o.start <= s.span.start && s.span.end <= o.end))
        });
    }
}

/// "schrieb der 38-malige Nationalspieler": an article, lowercase words or figures and one
/// noun that is no medium's describe a person.
fn german_described_person(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, lexicons, .. } = *cx;
    if language == Some("de") {
        for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media() && !s.back_reference) {
            let w: Vec<&str> = s.text.split_whitespace().collect();
            let last = w.last().copied().unwrap_or("");
            let noun = fold(last);
            if (3..=4).contains(&w.len())
                && matches!(w[0], "der" | "die" | "das" | "dem" | "den" | "des")
                && w[1..w.len() - 1].iter().all(|x| !x.starts_with(char::is_uppercase))
                && last.starts_with(char::is_uppercase)
                && !german_media_compound(&noun)
                && !lexicons.iter().any(|l| media_noun(l, &noun))
                && stemmata_text::media::lookup(last).is_none()
                && agency::lookup(last).is_none()
                && crate::institution::concepts(last).is_none()
            {
                s.kind = SourceKind::Person;
                s.name = s.text.clone();
            }
        }
    }
}

/// "das US-Portal BleepingComputer": a described kind of medium before the name is no
/// part of it.
fn described_medium_kind(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { lexicons, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        if let Some((first, rest)) = s.name.split_once(' ')
            && let Some((_, kind)) = first.rsplit_once('-')
            && rest.starts_with(char::is_uppercase)
            && lexicons.iter().any(|l| media_noun(l, &fold(kind)))
        {
            s.name = rest.to_string();
        }
        // ("das russische Wirtschaftsportal RBK": a German compound of the medium's kind.)
        // (At a sentence's start, after its article: "Das Wirtschaftsportal RBK bestätigte".)
        let name = ["Das ", "Der ", "Die "].iter().find_map(|a| s.name.strip_prefix(a)).unwrap_or(&s.name).to_string();
        if s.kind.is_media()
            && let Some((first, rest)) = name.split_once(' ')
            && !first.contains('-')
            && first.chars().count() >= 8
            && rest.starts_with(char::is_uppercase)
            && crate::german_media_compound(&fold(first))
            && stemmata_text::media::lookup(&s.name).is_none()
        {
            s.name = rest.to_string();
        }
        // "…, Polish paper reveals": a nationality and a media noun name no medium; they point
        // back at one.
        let words: Vec<String> = crate::words(&s.text).map(fold).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
        if s.kind.is_media()
            && !s.back_reference
            && words.len() == 2
            && in_list(NATIONALITIES, words[0])
            && lexicons.iter().any(|l| media_noun(l, words[1]))
            && stemmata_text::media::lookup(&s.text).is_none()
        {
            s.back_reference = true;
            s.name = words[1].to_string();
        }
    }
}

/// ("nach Angaben des Blattes Ermittlungen der Staatsanwaltschaft": a German back-reference in the
/// genitive ends at its noun; the capitalised noun after it is what the paper said.)
fn german_genitive_back_reference(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, lexicons, .. } = *cx;
    if language != Some("de") {
        return;
    }
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        let words: Vec<&str> = s.text.split(' ').collect();
        if words.len() < 3 || !matches!(words[0], "des" | "der") {
            continue;
        }
        let noun = fold(words[1]);
        // (A masculine or neuter noun's genitive, "des Blattes", "des Senders"; one noun after it,
        // then a genitive or lower case: not "der Lokalzeitung Jassenohirski Nowyny", "des
        // Senders Bergland TV".)
        let Some(bare) = noun.strip_suffix("es").or_else(|| noun.strip_suffix('s')) else { continue };
        let one_noun = words.get(3).is_none_or(|w| w.starts_with(char::is_lowercase) || matches!(*w, "der" | "des"));
        let rest = words[2..].join(" ");
        if words[0] == "des"
            && one_noun
            && words[1].starts_with(char::is_uppercase)
            && stemmata_text::media::lookup(&rest).is_none()
            && agency::lookup(&rest).is_none()
            && lexicons.iter().any(|l| media_noun(l, bare))
        {
            let end = s.span.start + words[0].len() + 1 + words[1].len();
            reframe(s, text, s.span.start, end);
            s.name = s.text.clone();
            s.back_reference = true;
            s.kind = SourceKind::Outlet;
        }
    }
}

/// Companies named with their legal form or kind: "у Telegram-каналі АТ «Горинь Газ»" (the
/// quoted name after the form), "der regionale Gasversorger Horyn Gas" (a German compound
/// of the company's kind before the name), "regional gas distributor Horyn Gas said" (a
/// company word before the name).
fn company_by_legal_form(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        let rest = text.get(s.span.end..sentence.end).unwrap_or("");
        if COMPANY_FORMS.contains(&s.name.trim())
            && let Some(inner) = rest.strip_prefix(" «").or_else(|| rest.strip_prefix(" \""))
            && let Some(len) = inner.find(['»', '"']).filter(|&n| (2..=60).contains(&n))
            && inner.starts_with(char::is_uppercase)
        {
            let end = s.span.end + rest.len() - inner.len() + len + inner[len..].chars().next().map_or(0, char::len_utf8);
            s.name = inner[..len].to_string();
            reframe(s, text, s.span.start, end);
            s.kind = SourceKind::Organization;
            s.back_reference = false;
            continue;
        }
        let words: Vec<&str> = s.name.split(' ').collect();
        if let Some(k) = words.iter().position(|w| {
            let f = fold(w);
            w.starts_with(char::is_uppercase) && COMPANY_COMPOUNDS.iter().any(|e| f.len() > e.len() + 2 && f.ends_with(e))
        }) && k + 1 < words.len()
            && words[k + 1..].iter().all(|w| w.starts_with(char::is_uppercase))
            && !crate::given_names::is_given_name(&fold(words[k + 1]))
        {
            s.name = words[k + 1..].join(" ");
            s.kind = SourceKind::Organization;
            continue;
        }
        if s.kind == SourceKind::Person
            && s.name.split_whitespace().count() <= 3
            && !crate::given_names::is_given_name(&fold(s.name.split(' ').next().unwrap_or("")))
            && text[..s.span.start].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).is_some_and(|w| COMPANY_WORDS.contains(&fold(w).as_str()))
        {
            s.kind = SourceKind::Organization;
        }
    }
}

/// "berichtet die ukrainische Onlinezeitung »Ukrajinska Prawda«": a media noun closing the
/// source, the medium's quoted name right after it.
fn media_noun_then_quoted_name(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, lexicons, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        let noun = fold(s.name.split_whitespace().last().unwrap_or(""));
        let rest = text.get(s.span.end..).unwrap_or("");
        if (!s.name.contains(' ') || s.back_reference)
            && lexicons.iter().any(|l| media_noun(l, &noun))
            && let Some(open) = rest.strip_prefix(' ').and_then(|r| r.chars().next()).filter(|c| matches!(c, '»' | '„' | '«' | '"' | '“'))
        {
            let close = match open {
                '»' => '«',
                '„' => '“',
                '«' => '»',
                '“' => '”',
                _ => '"',
            };
            let inner_from = 1 + open.len_utf8();
            if let Some(len) = rest[inner_from..].find(close).filter(|&n| (2..=60).contains(&n)) {
                let name = &rest[inner_from..inner_from + len];
                if name.starts_with(char::is_uppercase) && !name.contains(['.', ',', ';']) {
                    let end = s.span.end + inner_from + len + close.len_utf8();
                    s.name = name.to_string();
                    reframe(s, text, s.span.start, end);
                    s.kind = SourceKind::Outlet;
                    s.back_reference = false;
                }
            }
        }
    }
}

/// "у повідомленні Державної служби України з надзвичайних ситуацій": a body's name runs
/// on over a preposition and the lowercase words of its field.
fn body_name_run_on(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind == SourceKind::Organization) {
        let Some(before) = crate::institution::concepts(&s.name) else { continue };
        let rest = text.get(s.span.end..sentence.end).unwrap_or("");
        let Some(after) = ["з ", "із ", "зі ", "по ", "в ", "у "].iter().find_map(|p| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(p))) else { continue };
        let run = after.find([',', '.', ';', ':', '(', '«', '"']).unwrap_or(after.len());
        let words = after[..run].split_whitespace().take(4).take_while(|w| w.starts_with(char::is_lowercase)).count();
        if words == 0 {
            continue;
        }
        let len = after[..run].split_whitespace().take(words).map(str::len).sum::<usize>() + words - 1;
        let end = s.span.end + (rest.len() - after.len()) + len;
        let longer = &text[s.span.start..end];
        // (A field the tables know, not any word: "… Тараса Дорошенко в телеграме".)
        if crate::institution::concepts(longer).is_some_and(|c| c.difference(&before).any(|k| k.chars().all(|ch| ch.is_ascii_uppercase()))) {
            s.name = format!("{}{}", s.name, &text[s.span.end..end]);
            reframe(s, text, s.span.start, end);
        }
    }
}

/// "auprès de 502 habitants", "the site's 23 employees": a number names no medium.
fn number_is_no_medium(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for a in found {
        for s in a.source.iter_mut().chain(a.recipient.iter_mut()) {
            // ("con los que cuenta el 43 Grupo": a number after an article neither.)
            let after_article = s.name.split_once(' ').filter(|(art, _)| matches!(fold(art).as_str(), "el" | "la" | "le" | "il" | "lo" | "o" | "a" | "the" | "der" | "die" | "das")).map(|(_, rest)| rest);
            if s.kind.is_media() && (!s.name.chars().any(char::is_alphabetic) || after_article.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))) {
                s.kind = SourceKind::Unknown;
            }
            // ("«Коммерсант" read up to the verb: the opening mark without its closing one.)
            if s.name.starts_with(OPENING_QUOTES) && !s.name.contains(CLOSING_QUOTES) {
                s.name = s.name.trim_start_matches(OPENING_QUOTES).to_string();
            }
        }
    }
}

/// "dans un communiqué publié mercredi à Genève", "difundido en Madrid": a place after a
/// participle or a preposition is where, not who.
fn drop_place_alone(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if !language.is_some_and(|l| l.starts_with("en")) {
        found.retain(|a| a.source.as_ref().is_none_or(|s| !only_a_place(&s.text) || matches!(s.kind, SourceKind::Anonymous | SourceKind::Document)));
    }
}

/// "laut Ferrandis Post", "in Müllers Tweet": a person's post, named by the person in the
/// genitive (a paper's name has no genitive "s": "laut Washington Post").
fn german_genitive_post(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if language == Some("de") {
        for a in found {
            if let Some(s) = a.source.as_mut()
                && let [owner, post] = crate::words(&s.text).collect::<Vec<_>>()[..]
                && matches!(post, "Post" | "Posting" | "Tweet" | "Beitrag" | "Instagram-Post" | "X-Post")
                && let Some(name) = owner.strip_suffix('s').filter(|n| n.chars().count() >= 3 && is_capitalized(n))
                && stemmata_text::media::lookup(&s.text).is_none()
                && text.contains(&format!(" {name} "))
            {
                s.name = name.to_string();
                s.kind = SourceKind::Person;
            }
        }
    }
}

/// "in a post on his Facebook page": the speaker's own page, no medium (the speaker's post
/// is told by the verb).
fn drop_own_platform(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    found.retain(|a| a.source.as_ref().is_none_or(|s| !own_platform(&s.text)));
    // "Про це Вельгош написала у своєму Instagram": the platform after a possessive is where the
    // subject before the verb wrote, not a medium.
    for a in found.iter_mut() {
        let Some(s) = a.source.as_ref().filter(|s| s.span.start >= a.cue.end && !s.text.contains(' ') && platform_word(&fold(&s.text))) else { continue };
        let possessive = text[a.cue.end..s.span.start].trim().rsplit(' ').next().unwrap_or("");
        if !own_platform(&format!("{possessive} {}", s.text)) {
            continue;
        }
        let head = &text[a.sentence.start..a.cue.start];
        let names: Vec<(usize, &str)> = crate::word_spans(head).into_iter().map(|(b, e)| (b, &head[b..e])).collect();
        let subject = names.iter().enumerate().rev().find(|(k, (_, w))| *k > 0 && is_capitalized(w)).map(|(_, x)| *x);
        a.source = subject.map(|(b, w)| Source::named(Span::new(a.sentence.start + b, a.sentence.start + b + w.len()), w.to_string(), SourceKind::Person));
    }
}

/// ("si legge nel comunicato, che riporta le parole di Aino Lindqvist": the words a
/// document quotes, no medium reporting them.)
fn drop_document_quoting(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    found.retain(|a| {
        !matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::MediaVerb | CueKind::SourceAfter))
            || a.source.as_ref().is_none_or(|s| {
                let t = fold(&s.text);
                !["le parole di", "les propos de", "las palabras de", "as palavras de", "the words of"].iter().any(|p| t.starts_with(p))
            })
    });
}

/// ("Jako powód podają …", "Als Grund nennt …": a phrase opened by "as" is no one; nor are
/// a people, "Koreańczycy informują w nim o …".)
fn drop_as_phrase(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    found.retain(|a| {
        a.source.as_ref().is_none_or(|s| {
            let words: Vec<String> = crate::words(&s.text).map(fold).collect();
            let opened_by_as = s.span.end <= a.cue.start && words.first().is_some_and(|w| matches!(w.as_str(), "jako" | "jak" | "als" | "comme" | "como" | "come"));
            let people = words.len() == 1
                && s.kind.is_media()
                && stemmata_text::media::lookup(&s.text).is_none()
                && (words[0].ends_with("czycy")
                    || matches!(
                        words[0].as_str(),
                        "polacy" | "niemcy" | "rosjanie" | "ukraincy" | "amerykanie" | "francuzi" | "wlosi" | "hiszpanie" | "czesi" | "szwedzi" | "litwini"
                    ));
            !opened_by_as && !people
        })
    });
}

/// ("ha notificado los fallecimientos a la Agencia Española de Medicamentos y Productos
/// Sanitarios": a body whose name opens with a media noun, no medium told.)
fn drop_body_told(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, lexicons, .. } = *cx;
    found.retain(|a| {
        let cue = &text[a.cue.start..a.cue.end];
        let Some(last) = cue.split_whitespace().last() else { return true };
        let body = last.starts_with(char::is_uppercase)
            && lexicons.iter().any(|l| media_noun(l, &fold(last)))
            && a.source.as_ref().is_some_and(|s| {
                let name = format!("{last} {}", s.text);
                stemmata_text::media::lookup(&name).is_none() && agency::lookup(&name).is_none() && crate::institution::concepts(&name).is_some()
            });
        !(matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::SourceAfter)) && body)
    });
}

/// ("secondo quanto riportato dall'Irish Times": an Italian preposition elided onto the medium's
/// name is no part of it.)
fn elided_preposition(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for s in found.iter_mut().flat_map(|a| a.source.iter_mut().chain(a.recipient.iter_mut())) {
        let Some(rest) = ["dall'", "dall’", "dell'", "dell’", "all'", "all’", "nell'", "nell’", "sull'", "sull’"]
            .iter()
            .find_map(|p| s.text.strip_prefix(p))
            .filter(|r| r.starts_with(char::is_uppercase))
        else {
            continue;
        };
        let rest = rest.to_string();
        if s.name == s.text {
            s.name = rest.clone();
        }
        reframe(s, text, s.span.end - rest.len(), s.span.end);
    }
}

/// ("Stando al giornale": a media noun after the article the cue has taken in is a
/// back-reference all the same.)
fn contracted_back_reference(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { lexicons, .. } = *cx;
    for a in found.iter_mut() {
        let cue = fold(a.cue_text.trim());
        if !["stando al", "stando alla", "stando allo", "stando all'", "stando ai", "stando agli", "stando alle"].contains(&cue.as_str()) {
            continue;
        }
        if let Some(s) = a.source.as_mut()
            && !s.text.contains(' ')
            && s.text.starts_with(char::is_lowercase)
            && lexicons.iter().any(|l| media_noun(l, &fold(&s.text)))
        {
            s.back_reference = true;
            s.kind = SourceKind::Outlet;
            s.name = s.text.clone();
        }
    }
}

/// ("Inspection reports described the same plots": a noun before "reports" that a verb follows is
/// the subject's compound, no one reporting; "con los que cuenta el 43 Grupo": the Spanish "contar
/// con", to have; "par écrit", in writing.)
fn drop_noun_compound(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    found.retain(|a| {
        let cue = fold(a.cue_text.trim());
        let next = text[a.cue.end..sentence.end.max(a.cue.end)].split_whitespace().next().unwrap_or("");
        let compound = language.is_none_or(|l| l.starts_with("en"))
            && matches!(cue.as_str(), "reports" | "report")
            && a.source.as_ref().is_some_and(|s| s.span.start == sentence.start && !s.text.contains(' ') && s.span.end <= a.cue.start)
            && next.len() > 4
            && next.ends_with("ed")
            && next.starts_with(char::is_lowercase);
        let before: Vec<String> = text[sentence.start..a.cue.start].split_whitespace().rev().take(3).map(fold).collect();
        let contar_con = matches!(language, Some("es" | "pt"))
            && matches!(cue.as_str(), "cuenta" | "cuentan" | "contaba" | "contaban" | "conta" | "contam")
            && before.first().is_some_and(|w| w == "que")
            && before.iter().any(|w| w == "con" || w == "com");
        // ("avoir alerté la mairie par écrit", "por escrito": in writing.)
        let in_writing = matches!(cue.as_str(), "ecrit" | "escrito" | "iscritto") && before.first().is_some_and(|w| matches!(w.as_str(), "par" | "por" | "per"));
        !(matches!(a.cue_kind, CueKindOrCredit::Cue(_)) && (compound || contar_con || in_writing))
    });
}

/// ("Selon les informations d'El País": the medium whose information it is.)
fn medium_of_information(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        let lower = s.text.to_lowercase();
        if lower.len() == s.text.len()
            && let Some(rest) = ["les informations d", "les révélations d", "une information d"]
            .iter()
            .find_map(|p| lower.strip_prefix(p).and_then(|r| r.strip_prefix(['\'', '’'])).map(|r| &s.text[s.text.len() - r.len()..]))
            && rest.starts_with(char::is_uppercase)
        {
            let rest = rest.to_string();
            s.span = Span::new(s.span.end - rest.len(), s.span.end);
            s.kind = if stemmata_text::media::lookup(&rest).is_some() || agency::lookup(&rest).is_some() { SourceKind::Outlet } else { s.kind };
            s.text = rest.clone();
            s.name = rest;
        }
    }
}

/// ("Russian Dairy Prices Set to Rise, Reports Say": a verb of saying is no one's name;
/// "in einem Beitrag auf dem Karrierenetzwerk LinkedIn": where it was posted, no one.)
fn drop_saying_verb_name(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    found.retain(|a| {
        a.source.as_ref().is_none_or(|s| {
            let words: Vec<String> = crate::words(&s.text).map(fold).collect();
            let verb = words.len() == 1 && matches!(words[0].as_str(), "say" | "says" | "said" | "claim" | "claims");
            let place = words.len() >= 2
                && matches!(words[0].as_str(), "auf" | "on" | "sur" | "na" | "en" | "su" | "op")
                && crate::words(&s.text).any(|w| platform_token(w, &fold(w)));
            !verb && !place
        })
    });
}

/// ("cijfers die de Portugese consumentenorganisatie DECO PROteste woensdag op haar website
/// publiceerde": the name ends before the day, after the words describing it.)
fn name_before_day(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if matches!(language, Some("nl" | "de")) {
        for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
            let spans = stemmata_text::word_spans(&s.text);
            let weekday = |w: &str| {
                matches!(
                    w,
                    "maandag" | "dinsdag" | "woensdag" | "donderdag" | "vrijdag" | "zaterdag" | "zondag" | "montag" | "dienstag" | "mittwoch"
                        | "donnerstag" | "freitag" | "samstag" | "sonntag"
                )
            };
            let Some(day) = spans.iter().position(|&(a, b)| weekday(&fold(&s.text[a..b]))) else { continue };
            if day == 0 {
                continue;
            }
            let mut from = 0;
            // (A nationality and a lower-case noun before the capitalised name.)
            if let Some(k) = (1..day).find(|&k| s.text[spans[k].0..].starts_with(char::is_uppercase) && !s.text[spans[k - 1].0..].starts_with(char::is_uppercase)) {
                from = k;
            }
            let (a, b) = (spans[from].0, spans[day - 1].1);
            let name = s.text[a..b].to_string();
            s.span = Span::new(s.span.start + a, s.span.start + b);
            s.text = name.clone();
            s.name = name;
        }
    }
}

/// ("написала у Facebook засновниця волонтерської ініціативи «Східний ковчег» Ольга
/// Ткачук": the person after the quoted name of her body is the speaker.)
fn person_after_quoted_body(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, lexicons, known, .. } = *cx;
    for s in found
        .iter_mut()
        .filter(|a| matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)))
        .filter_map(|a| a.source.as_mut())
        .filter(|s| s.kind != SourceKind::Person)
    {
        // (Not a known medium: "Ексклюзивно для «Південного причалу» Олег Савчин".)
        if stemmata_text::media::lookup(&s.name).is_some() || known.contains(&crate::outlet_key(&s.name)) || known.contains(&crate::outlet_case_key(&s.name)) {
            continue;
        }
        // (Not a medium's journalist: "Журналістка «Голосу Прикарпаття» Олена Марчук".)
        let before = text[..s.span.start].trim_end().trim_end_matches(['«', '„', '"', '“']).trim_end();
        let prev = before.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("").to_lowercase();
        if in_list(JOURNALIST_NOUNS, &prev) || lexicons.iter().any(|l| media_noun(l, &fold(&prev))) {
            continue;
        }
        let after = &text[s.span.end..];
        let Some(rest) = after.strip_prefix(['»', '”', '"', '“']).and_then(|r| r.strip_prefix(' ')) else { continue };
        let two: Vec<&str> = rest.split([' ', ',', '.', ';', ':']).take(2).collect();
        if two.len() == 2
            && crate::given_names::is_given_name(&fold(two[0]))
            && two[1].starts_with(char::is_uppercase)
            && two[1].chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        {
            let start = s.span.end + (after.len() - rest.len());
            let name = format!("{} {}", two[0], two[1]);
            *s = Source::named(Span::new(start, start + name.len()), name, SourceKind::Person);
        }
    }
}

/// ("написала 29-річна італійка Мартіна Коласанті": an age read alone, before the noun
/// and the name it describes.)
fn age_before_described_name(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for a in found.iter_mut() {
        let Some(s) = a.source.as_mut() else { continue };
        let age = s.text.split_once('-').is_some_and(|(n, rest)| {
            n.bytes().all(|b| b.is_ascii_digit()) && ["річн", "летн", "jähr", "jahr", "letni", "letnia"].iter().any(|p| fold(rest).starts_with(p))
        });
        if !age || s.span.end >= a.sentence.end {
            continue;
        }
        let rest = &text[s.span.end..a.sentence.end];
        let clause = &rest[..rest.find([',', '.', ';', ':', '—', '(']).unwrap_or(rest.len())];
        let words: Vec<&str> = clause.split_whitespace().collect();
        let lower = words.iter().take_while(|w| !is_capitalized(w)).count();
        if lower > 2 || words.len() < lower + 2 {
            continue;
        }
        let name = format!("{} {}", words[lower], words[lower + 1]);
        if full_name(&name).is_some_and(|n| n == name) {
            let end = s.span.end + clause.find(&name).map_or(0, |k| k + name.len());
            let span = Span::new(s.span.start, end);
            let mut new = Source::named(span, text[span.start..span.end].to_string(), SourceKind::Person);
            new.name = name;
            *s = new;
        }
    }
}

/// ("schrieb die Italienerin dazu": a German noun of a woman by her nation or role, after
/// its article, is a person.)
fn german_woman_noun(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if language == Some("de") {
        for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media()) {
            let words: Vec<&str> = s.text.split_whitespace().collect();
            if let [article, noun] = words[..]
                && matches!(article, "die" | "der" | "Die" | "Der")
                && is_capitalized(noun)
                && ["erin", "atin", "istin", "entin", "antin", "login", "ierin"].iter().any(|e| fold(noun).ends_with(e))
                && !in_list(JOURNALIST_NOUNS, &fold(noun))
                && stemmata_text::media::lookup(noun).is_none()
            {
                s.kind = SourceKind::Person;
                s.back_reference = false;
                s.name = s.text.clone();
            }
        }
    }
}

/// ("Naczelna napisała w nim": a Polish role noun alone is a person.)
fn polish_role_noun(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()) {
        if matches!(
            fold(s.text.trim()).as_str(),
            "naczelna" | "naczelny" | "prezes" | "prezeska" | "dyrektor" | "dyrektorka" | "rzecznik" | "rzeczniczka" | "redaktor" | "redaktorka"
        ) {
            s.kind = SourceKind::Person;
        }
    }
}

/// ("Poinformował o tym na Telegramie ukraiński deputowany Ostap Hnatiuk": "o tym" and the
/// platform before the speaker, whose name follows in the clause.)
fn polish_o_tym_speaker(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if language == Some("pl") {
        for a in found.iter_mut() {
            let opening = |s: &Source| fold(&s.text.split_whitespace().take(2).collect::<Vec<_>>().join(" "));
            let Some(s) = a.source.as_ref().filter(|s| matches!(opening(s).as_str(), "o tym" | "o czym" | "o tej" | "o nim" | "o niej")) else {
                continue;
            };
            let rest = &text[s.span.start..a.sentence.end.max(s.span.start)];
            let clause = &rest[..rest.find([',', '.', ';', ':', '(']).unwrap_or(rest.len())];
            let words: Vec<&str> = clause.split(' ').collect();
            let mut at = 0;
            let mut named = None;
            for (k, w) in words.iter().enumerate() {
                if k + 1 < words.len() && crate::given_names::is_given_name(&fold(w)) && is_capitalized(words[k + 1]) {
                    let name = format!("{} {}", w, words[k + 1]);
                    named = Some((s.span.start + at, name));
                    break;
                }
                at += w.len() + 1;
            }
            // "Poinformowała o tym lipska Fundacja Lindenhaus": a body's name after its describing
            // words.
            if named.is_none() {
                let words: Vec<&str> = s.text.split(' ').collect();
                if let Some(k) = words.iter().skip(2).position(|w| is_capitalized(w)).map(|k| k + 2)
                    && words[2..k].iter().all(|w| !is_capitalized(w))
                {
                    let name = words[k..].join(" ");
                    let at = s.span.end - name.len();
                    if crate::institution::concepts(&name).is_some() && s.text.ends_with(&name) {
                        a.source = Some(Source::named(Span::new(at, s.span.end), name, SourceKind::Organization));
                    }
                }
                continue;
            }
            // (Keep a known medium told: "Powiedział o tym agencji Interfax wiceminister …".)
            let Some((start, name)) = named else { continue };
            let told = (stemmata_text::media::lookup(&s.name).is_some() || agency::lookup(&s.name).is_some()).then(|| s.clone());
            if told.is_some() {
                a.recipient = told;
            }
            a.source = Some(Source::named(Span::new(start, start + name.len()), name, SourceKind::Person));
        }
    }
}

/// ("ha riportato alla luce un tesoretto", "ha riportato gravi ferite": Italian "riportare"
/// unearths, suffers or wins, and reports nothing.)
fn drop_italian_riportare(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if language == Some("it") {
        found.retain(|a| {
            !fold(&a.cue_text).split_whitespace().any(|w| w.starts_with("riport")) || {
                let rest = fold(&text[a.cue.end..a.sentence.end.max(a.cue.end)]);
                let next: Vec<&str> = rest.split_whitespace().take(3).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
                !(next.first().is_some_and(|w| matches!(*w, "alla" | "ferite" | "lesioni" | "fratture" | "danni" | "traumi" | "ustioni"))
                    || next.len() >= 2 && matches!(next[0], "gravi" | "lievi" | "diverse" | "numerose" | "una" | "un") && matches!(next[1], "ferite" | "lesioni" | "fratture" | "danni" | "vittoria" | "successo" | "ustioni" | "ferita" | "frattura"))
            }
        });
    }
}

/// ("Amparo Ferrer berichtet der Zeitung von Kunden, die …": the paper told, in the dative, before
/// what it was told of.)
fn german_dative_medium(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, lexicons, .. } = *cx;
    if language != Some("de") {
        return;
    }
    for a in found.iter_mut().filter(|a| a.recipient.is_none()) {
        let Some(s) = a.source.as_ref().filter(|s| s.span.start > a.cue.start) else { continue };
        let words: Vec<&str> = s.text.split(' ').collect();
        if words.len() >= 3 && words[0] == "der" && matches!(words[2], "von" | "über") && lexicons.iter().any(|l| media_noun(l, &fold(words[1]))) {
            let end = s.span.start + words[0].len() + 1 + words[1].len();
            let mut told = Source::named(Span::new(s.span.start, end), text[s.span.start..end].to_string(), SourceKind::Outlet);
            told.back_reference = true;
            a.recipient = Some(told);
            a.source = None;
        }
    }
}

/// ("raised prices, citing power outages caused by Russian strikes": a reason cited, in lower
/// case, names no medium.)
fn drop_cited_reason(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for a in found.iter_mut() {
        if matches!(fold(a.cue_text.trim()).as_str(), "citing" | "cited")
            && a.source.as_ref().is_some_and(|s| {
                let first = s.text.split(' ').next().unwrap_or("");
                s.kind.is_media()
                    && !s.back_reference
                    && first.starts_with(char::is_lowercase)
                    && !matches!(first, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "local" | "state" | "british" | "russian" | "ukrainian")
                    && stemmata_text::media::lookup(&s.name).is_none()
                    && agency::lookup(&s.name).is_none()
                    && s.kind != SourceKind::Agency
            })
        {
            a.source = None;
        }
    }
}

/// ("bat Händler, ihm verdächtige Angebote zu melden": a German infinitive clause, the one told in
/// the dative opening it, names no one reporting.)
fn drop_dative_pronoun(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { language, .. } = *cx;
    if language != Some("de") {
        return;
    }
    for a in found.iter_mut() {
        if a.source.as_ref().is_some_and(|s| s.span.end <= a.cue.start && matches!(s.text.split(' ').next(), Some("ihm" | "ihr" | "ihnen" | "mir" | "uns" | "euch")) && s.text.ends_with(" zu")) {
            a.source = None;
        }
    }
}

/// ("A denunciare il furto è stato lo stesso titolare della Cantina, Ruggero Fasoli, con un post":
/// the Italian cleft, its cue an infinitive after "a", its source after "è stato".)
fn italian_cleft(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    if language != Some("it") || !found.is_empty() {
        return;
    }
    let body = sentence.slice(text);
    let folded = body.to_lowercase();
    const VERBS: &[&str] = &[
        "denunciare", "annunciare", "annunciarlo", "rivelare", "rivelarlo", "riferire", "riferirlo", "scriverlo",
        "comunicarlo", "comunicare", "raccontarlo", "renderlo noto", "dare la notizia", "segnalare", "segnalarlo",
    ];
    let Some((verb_at, verb)) = VERBS.iter().find_map(|v| {
        ["a ", "ad "].iter().find_map(|p| {
            let needle = format!("{p}{v}");
            folded.match_indices(&needle).find(|&(k, _)| k == 0 || !folded[..k].ends_with(char::is_alphanumeric)).map(|(k, _)| (k + p.len(), *v))
        })
    }) else {
        return;
    };
    let Some((be_at, be)) = [" è stato ", " è stata ", " sono stati ", " sono state "].iter().find_map(|b| folded[verb_at..].find(b).map(|k| (verb_at + k, *b))) else { return };
    let from = be_at + be.len();
    let end = body[from..].find([',', '.', ';']).map_or(body.len(), |k| from + k);
    if end <= from {
        return;
    }
    let source_text = body[from..end].trim_end();
    let cue = Span::new(sentence.start + verb_at, sentence.start + verb_at + verb.len());
    let span = Span::new(sentence.start + from, sentence.start + from + source_text.len());
    let kind = if source_text.starts_with(char::is_lowercase) { SourceKind::Person } else { SourceKind::Unknown };
    found.push(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::Verb), Some(Source::named(span, source_text.to_string(), kind))));
}

/// ("Wees extra voorzichtig met berichten waarin …": the Dutch "berichten" after a preposition or
/// an article is the noun "messages", no verb of reporting.)
fn drop_dutch_noun(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    if language != Some("nl") {
        return;
    }
    found.retain(|a| {
        let before = text[sentence.start..a.cue.start].split_whitespace().last().map(fold).unwrap_or_default();
        !(matches!(a.cue_kind, CueKindOrCredit::Cue(_))
            && matches!(fold(a.cue_text.trim()).as_str(), "berichten" | "bericht" | "meldingen" | "melding")
            && matches!(before.as_str(), "met" | "van" | "in" | "over" | "op" | "naar" | "de" | "het" | "een" | "die" | "deze" | "alle" | "veel" | "zulke" | "nieuwe"))
    });
}

/// ("Wie die Zeitungen „Corriere della Sera“ und „Il Sole 24 Ore“ übereinstimmend
/// berichten": the media a plural noun names right after it, each a source.)
fn media_named_by_plural_noun(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    {
        const PLURAL_MEDIA: &[&str] = &[
            "zeitungen", "blatter", "medien", "newspapers", "papers", "outlets", "journaux", "quotidiens", "medias",
            "periodicos", "diarios", "medios", "giornali", "quotidiani", "testate", "jornais", "gazety", "dzienniki",
            "газети", "газеты", "видання", "издания",
        ];
        let split_one = |a: &Attribution| -> Option<Vec<Attribution>> {
            let s = a.source.as_ref()?;
            let words: Vec<String> = crate::words(&s.text).map(fold).collect();
            if !(1..=2).contains(&words.len()) || !words.last().is_some_and(|w| PLURAL_MEDIA.contains(&w.as_str())) {
                return None;
            }
            let end = if a.cue.start > s.span.end { a.cue.start } else { a.sentence.end };
            let rest = &text[s.span.end..end.max(s.span.end)];
            let rest = &rest[..rest.find([',', ';', '.', ':', '(']).unwrap_or(rest.len())];
            let mut names: Vec<(usize, &str)> = Vec::new();
            let mut at = 0;
            for chunk in rest.split(|c: char| c.is_whitespace()) {
                let offset = at;
                at += chunk.len() + 1;
                if chunk.is_empty() {
                    continue;
                }
                if matches!(fold(chunk).as_str(), "und" | "and" | "et" | "y" | "e" | "i" | "і" | "и" | "та" | "oraz") {
                    names.push((offset, ""));
                    continue;
                }
                names.push((offset, chunk));
            }
            // Group the words between conjunctions into names.
            let mut groups: Vec<(usize, usize)> = Vec::new();
            let mut current: Option<(usize, usize)> = None;
            for (offset, w) in names {
                if w.is_empty() {
                    groups.extend(current.take());
                    continue;
                }
                let (o, _) = current.unwrap_or((offset, offset));
                current = Some((o, offset + w.len()));
            }
            groups.extend(current);
            let base = s.span.end;
            let parsed: Vec<(Span, String)> = groups
                .iter()
                .filter_map(|&(o, e)| {
                    // (The name ends at its closing quotation mark, or before the first
                    // lower-case word that joins no name: "… Ore“ übereinstimmend".)
                    let seg = &rest[o..e];
                    let mut cut = 0;
                    let mut pos = 0;
                    for w in seg.split(' ') {
                        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                        if pos > 0 && bare.starts_with(char::is_lowercase) && !matches!(bare, "della" | "di" | "de" | "del" | "des" | "der" | "of" | "the" | "la" | "le" | "do" | "da") {
                            break;
                        }
                        cut = pos + w.len();
                        pos += w.len() + 1;
                        if w.ends_with(['“', '”', '»', '"']) {
                            break;
                        }
                    }
                    let raw = seg[..cut].trim_end();
                    let name = raw.trim_matches(|c: char| matches!(c, '„' | '“' | '”' | '"' | '«' | '»' | '‚' | '‘' | '’'));
                    let words = name.split_whitespace().count();
                    (name.starts_with(|c: char| c.is_uppercase()) && (1..=6).contains(&words)).then(|| {
                        let start = base + o + raw.find(name).unwrap_or(0);
                        (Span::new(start, start + name.len()), name.to_string())
                    })
                })
                .collect();
            (parsed.len() >= 2 && parsed.len() == groups.len()).then(|| {
                parsed
                    .into_iter()
                    .map(|(span, name)| {
                        let mut b = a.clone();
                        b.source = Some(Source::named(span, name, SourceKind::Outlet));
                        b
                    })
                    .collect()
            })
        };
        if found.iter().any(|a| split_one(a).is_some()) {
            *found = found.iter().flat_map(|a| split_one(a).unwrap_or_else(|| vec![a.clone()])).collect();
        }
    }
}

/// ("qui a également publié la position GPS du navire": what a Romance participle is
/// followed by, with no agent's preposition, is what was published, not who published it.)
fn drop_participle_object(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if matches!(language, Some("fr" | "es" | "it" | "pt")) {
        const PARTICIPLES: &[&str] = &["publie", "publiee", "publies", "publiees", "diffuse", "diffusee", "partage", "partagee", "publicado", "publicada", "pubblicato", "pubblicata", "difundido", "difundida", "divulgado", "divulgada"];
        const AGENTS: &[&str] = &["par", "por", "da", "dal", "dalla", "dallo", "dai", "pelo", "pela", "pelos", "pelas", "sur", "en", "in", "no", "na", "sul", "sulla", "dans", "nel", "nella"];
        for a in found.iter_mut().filter(|a| PARTICIPLES.contains(&fold(a.cue_text.trim()).as_str())) {
            let Some(src) = a.source.as_ref().filter(|s| s.span.start >= a.cue.end && !s.back_reference) else { continue };
            let between = fold(&text[a.cue.end..src.span.start]);
            let first = fold(src.text.split_whitespace().next().unwrap_or(""));
            if !between.split_whitespace().chain(std::iter::once(first.as_str())).any(|w| AGENTS.contains(&w)) {
                a.source = None;
            }
        }
    }
}

/// ("…, nous a confirmé l'agent maritime du navire à Anvers": "nous" is the paper told,
/// the speaker follows the verb, and the place closing the sentence is no one told.)
fn french_nous_told(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if language == Some("fr") {
        for a in found.iter_mut() {
            let Some(s) = a.source.as_ref().filter(|s| matches!(s.text.as_str(), "nous" | "Nous") && s.span.end <= a.cue.start) else { continue };
            if !text[s.span.end..a.cue.start].trim().is_empty() {
                continue;
            }
            let rest = &text[a.cue.end..a.sentence.end.max(a.cue.end)];
            let phrase = rest.split([',', '.', ';', '»', '«']).next().unwrap_or("");
            let trimmed = phrase.trim();
            a.recipient = None;
            a.source = (!trimmed.is_empty() && trimmed.split_whitespace().count() <= 10).then(|| {
                let start = a.cue.end + phrase.find(trimmed).unwrap_or(0);
                let kind = if trimmed.split_whitespace().any(is_capitalized) && full_name(trimmed).is_some() { SourceKind::Person } else { SourceKind::Unknown };
                Source::named(Span::new(start, start + trimmed.len()), trimmed.to_string(), kind)
            });
        }
    }
}

/// ("ukraińska archeolożka Ołena Marczuk z Instytutu Archeologii …": a person described,
/// named in the middle, is that person, not the body after her name.)
fn person_named_in_description(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind == SourceKind::Person && !s.back_reference) {
        let words: Vec<&str> = crate::words(&s.text).collect();
        if words.len() < 4 || is_capitalized(words[0]) || full_name(&s.name).is_some_and(|n| n == s.name) {
            continue;
        }
        let Some(g) = (1..words.len() - 1).find(|&g| {
            crate::given_names::is_given_name(&fold(words[g]))
                && is_capitalized(words[g + 1])
                && words[g + 1].chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        }) else {
            continue;
        };
        if g + 2 < words.len() && (is_capitalized(words[g + 2]) || !words[g + 2].chars().all(char::is_alphabetic)) {
            continue;
        }
        let name = format!("{} {}", words[g], words[g + 1]);
        if let Some(at) = s.text.find(&name) {
            let start = s.span.start + at;
            *s = Source::named(Span::new(start, start + name.len()), name, SourceKind::Person);
        }
    }
}

/// ("За словами Тарасюк" after "Олена Тарасюк", "wrote Tarasiuk": a surname alone of a
/// person the text named in full is that person, no medium.)
fn surname_of_named_person(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind.is_media() && !s.back_reference) {
        let name = s.text.trim();
        if name.contains(' ') || stemmata_text::media::lookup(name).is_some() || agency::lookup(name).is_some() || name.chars().count() < 4 {
            continue;
        }
        let head = &text[..s.span.start];
        let named_before = head.match_indices(name).any(|(at, _)| {
            head[..at].strip_suffix(' ').and_then(|b| b.rsplit([' ', '\n', '(', '«', '"']).next()).is_some_and(|given| crate::given_names::is_given_name(&fold(given)))
        });
        if named_before {
            s.kind = SourceKind::Person;
        }
    }
}

/// ("powiedział Wirtualnemedia.pl Marek Wilczyński": the outlet told, in the dative before
/// the speaker; "ha raccontato a Repubblica Ernesto Dallapè".)
fn dative_outlet_then_speaker(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, known, .. } = *cx;
    if matches!(language, Some("pl" | "uk" | "ru" | "it" | "es" | "pt")) {
        for a in found.iter_mut().filter(|a| a.recipient.is_none() && matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb))) {
            let Some(s) = a.source.as_ref() else { continue };
            let Some((first, rest)) = s.text.split_once(' ') else { continue };
            // (Past a Romance preposition and article: "a Repubblica", "al País".)
            let (first, rest, romance_dative) = match (first, rest.split_once(' ')) {
                ("a" | "al" | "ao" | "à", Some((outlet, speaker))) => (outlet, speaker, true),
                _ => (first, rest, s.span.start > 2 && matches!(text.get(s.span.start - 2..s.span.start), Some("a "))),
            };
            let outlet = first.contains('.') && first.chars().last().is_some_and(char::is_alphabetic)
                || known.iter().any(|k| *k == crate::outlet_key(first))
                || stemmata_text::media::lookup(first).is_some();
            // (After a Romance "a" the outlet told is plain: "racconta a Repubblica Loredana Ceccherini".)
            // (Or a role before the name: "заявила РБК представитель компании Алина Кудаева".)
            let parts: Vec<&str> = rest.split(' ').collect();
            let role_then_name = matches!(language, Some("uk" | "ru" | "pl"))
                && parts.len() >= 3
                && parts[..parts.len() - 2].iter().all(|w| !is_capitalized(w))
                && parts[parts.len() - 2..].iter().all(|w| is_capitalized(w))
                && crate::given_names::is_given_name(&fold(parts[parts.len() - 2]));
            if outlet
                && (full_name(rest).is_some_and(|n| n == rest) || role_then_name)
                && (romance_dative && parts.len() == 2 || role_then_name || crate::given_names::is_given_name(&fold(parts[0])))
            {
                let start = s.span.start + s.text.find(first).unwrap_or(0);
                let rest_start = s.span.end - rest.len();
                a.recipient = Some(Source::named(Span::new(start, start + first.len()), first.to_string(), SourceKind::Outlet));
                a.source = Some(Source::named(Span::new(rest_start, s.span.end), rest.to_string(), SourceKind::Person));
            }
        }
    }
}

/// ("Lo riporta il sito indipendente in lingua inglese The Moscow Times": a medium noun and
/// its description, the known name a few words on.)
fn medium_noun_then_known_name(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, lexicons, .. } = *cx;
    for a in found.iter_mut() {
        let Some(s) = a.source.as_ref().filter(|s| !s.kind.is_media() && !s.back_reference) else { continue };
        let words: Vec<&str> = s.text.split_whitespace().collect();
        if words.len() < 2 || !lexicons.iter().any(|l| media_noun(l, &fold(words[1])) || media_noun(l, &fold(words[0]))) || is_capitalized(words[0]) && words.len() > 2 {
            continue;
        }
        let rest = &text[s.span.end..a.sentence.end.max(s.span.end)];
        let clause = &rest[..rest.find([',', '.', ';', ':', '(']).unwrap_or(rest.len())];
        let cw: Vec<(usize, &str)> = clause.split(' ').scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        }).filter(|(_, w)| !w.is_empty()).collect();
        if cw.len() > 10 {
            continue;
        }
        let found_name = (0..cw.len()).find_map(|i| {
            (1..=4).rev().filter(|n| i + n <= cw.len()).find_map(|n| {
                let (start, _) = cw[i];
                let (last_start, last) = cw[i + n - 1];
                let name = &clause[start..last_start + last.len()];
                (is_capitalized(cw[i].1) && (stemmata_text::media::lookup(name).is_some() || agency::lookup(name).is_some())).then(|| (s.span.end + start, name.to_string()))
            })
        });
        if let Some((start, name)) = found_name {
            let kind = if agency::lookup(&name).is_some() { SourceKind::Agency } else { SourceKind::Outlet };
            a.source = Some(Source::named(Span::new(start, start + name.len()), name, kind));
        }
    }
}

/// ("RMF FM, citando i vigili del fuoco, ha scritto": a known medium opening the sentence,
/// then a phrase between commas, then the verb with no source of its own.)
fn known_medium_opening_sentence(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, known, .. } = *cx;
    for a in found.iter_mut().filter(|a| a.source.is_none() && !a.in_title && matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb))) {
        let Some(head) = text.get(a.sentence.start..a.cue.start) else { continue };
        let parts: Vec<&str> = head.split(',').collect();
        if parts.len() != 3 || !parts[2].split_whitespace().all(|w| matches!(fold(w).as_str(), "ha" | "hanno" | "a" | "ont" | "hat" | "haben" | "has" | "have" | "ha sido" | "han")) {
            continue;
        }
        let name = parts[0].trim();
        let words = name.split_whitespace().count();
        let medium = stemmata_text::media::lookup(name).is_some() || agency::lookup(name).is_some() || known.iter().any(|k| *k == crate::outlet_key(name));
        if (1..=5).contains(&words) && medium {
            let start = a.sentence.start + head.find(name).unwrap_or(0);
            a.source = Some(Source::named(Span::new(start, start + name.len()), name.to_string(), SourceKind::Outlet));
        }
    }
}

/// ("el diario Público de Lisboa": a known medium's name, then the city it is from.)
fn known_medium_then_city(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { known, .. } = *cx;
    for s in found.iter_mut().flat_map(|a| a.source.iter_mut().chain(a.recipient.iter_mut())).filter(|s| s.kind.is_media()) {
        if stemmata_text::media::lookup(&s.name).is_some() {
            continue;
        }
        let Some((left, place)) = [" de ", " di ", " do ", " da ", " du "].iter().find_map(|p| s.name.split_once(p)) else { continue };
        // (Not a name known whole: "L'Éveil de Montcharrier".)
        let medium = (stemmata_text::media::lookup(left).is_some() || known.iter().any(|k| *k == crate::outlet_key(left)))
            && !known.iter().any(|k| *k == crate::outlet_key(&s.name))
            && (names_a_place(place) || s.text.starts_with(char::is_lowercase));
        if medium && (1..=2).contains(&place.split_whitespace().count()) && place.split_whitespace().all(is_capitalized) {
            s.name = left.to_string();
        }
    }
}

/// ("a annoncé le ministère espagnol des Affaires étrangères": a body's name running on over
/// a lower-case word that names its field.)
fn romance_body_run_on(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if matches!(language, Some("fr" | "es" | "it" | "pt")) {
        for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| s.kind == SourceKind::Organization) {
            let Some(before) = crate::institution::concepts(&s.text) else { continue };
            let rest = &text[s.span.end..];
            let Some(next) = rest.strip_prefix(' ').and_then(|r| r.split([' ', ',', '.', ';', ':']).next()) else { continue };
            if next.is_empty() || !next.chars().all(char::is_alphabetic) || is_capitalized(next) {
                continue;
            }
            let longer = format!("{} {}", s.text, next);
            // (A country's adjective adds nothing: "el Ministerio de Ambiente y Energía luso".)
            if crate::institution::concepts(&longer).is_some_and(|after| {
                after.is_superset(&before) && after.difference(&before).any(|c| c.chars().all(|ch| !ch.is_lowercase()) && !crate::institution::is_country(c))
            }) {
                let end = s.span.end + 1 + next.len();
                let name_was_text = s.name == s.text;
                reframe(s, text, s.span.start, end);
                if name_was_text {
                    s.name = s.text.clone();
                }
            }
        }
    }
}

/// ("Madrid a déclaré persona non grata deux diplomates", "declared a state of emergency": a
/// declaration that acts, no report.)
fn drop_declaration(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, .. } = *cx;
    found.retain(|a| {
        let cue = fold(&a.cue_text);
        !["declar", "объяв", "оголос", "erklar", "dichiar", "uzna"].iter().any(|d| cue.contains(d)) || {
            let end = text.floor_char_boundary((a.cue.end + 60).min(a.sentence.end.max(a.cue.end)));
            let after = fold(&text[a.cue.end..end]);
            !["non grata", "no grata", "state of emergency", "estado de emergencia", "etat d'urgence", "stato di emergenza", "notstand", "надзвичайн", "чрезвычайн", "nadzwyczajn", "persona non"].iter().any(|p| after.contains(p))
        }
    });
}

/// ("De acuerdo con el relato del rotativo": a source phrase that opens with a credit of its
/// own is no source.)
fn drop_credit_phrase_source(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for a in found.iter_mut() {
        if a.source.as_ref().is_some_and(|s| {
            let w = fold(&s.text);
            ["de acuerdo con", "according to", "selon ", "segun ", "secondo ", "segundo ", "laut ", "gemass ", "d'apres ", "conforme "]
                .iter()
                .any(|p| w.starts_with(p))
        }) {
            a.source = None;
        }
    }
}

/// ("Riots in Russian prisons are rarely reported": what a passive verb is said of is what
/// was reported, not who reported it.)
fn drop_passive_subject(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, language, .. } = *cx;
    if language.is_none_or(|l| l.starts_with("en")) {
        for a in found.iter_mut().filter(|a| matches!(a.cue_kind, CueKindOrCredit::Cue(_))) {
            let Some(s) = a.source.as_ref().filter(|s| s.span.end <= a.cue.start) else { continue };
            let between: Vec<String> = text[s.span.end..a.cue.start].split_whitespace().map(fold).collect();
            let passive = between.first().is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "been" | "being" | "be"))
                && between.len() <= 3
                && between[1..].iter().all(|w| w.ends_with("ly") || matches!(w.as_str(), "not" | "never" | "also" | "been" | "being" | "often" | "seldom"))
                && fold(&a.cue_text).ends_with("ed");
            if passive {
                a.source = None;
            }
        }
    }
}

/// ("the Commission nationale de l'informatique et des libertés (CNIL) said": a body named in
/// another language's lower-case words, read only in part, is the abbreviation in brackets
/// before the verb that spells its initials.)
fn abbreviation_before_verb(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, .. } = *cx;
    for a in found.iter_mut() {
        // (A person of one word no given name is the name's last word: "Ambiente" of "a Agência
        // Portuguesa do Ambiente (APA) disse".)
        let last_word = |s: &Source| s.kind == SourceKind::Person && !s.text.contains(' ') && !crate::given_names::is_given_name(&fold(&s.text));
        let Some(s) = a.source.as_mut().filter(|s| s.span.end < a.cue.start && !s.kind.is_media() && (s.kind != SourceKind::Person || last_word(s))) else { continue };
        let between = &text[s.span.end..a.cue.start];
        let Some(abbr) = between.trim().strip_prefix('(').and_then(|b| b.strip_suffix(')')) else { continue };
        let start = s.span.end + between.find(abbr).unwrap_or(0);
        // (Not a source read whole: "Київський міжнародний інститут соціології (КМІС) оприлюднив".)
        if abbreviates_name_before(&text[sentence.start..s.span.end], abbr) && !abbreviates_name_before(&s.text, abbr) {
            *s = Source::named(Span::new(start, start + abbr.len()), abbr.to_string(), SourceKind::Organization);
        }
    }
}

/// ("a confié au Monde Danielle Roumagnac, maire …": the outlet told and the speaker after
/// it, read as one recipient.)
fn outlet_told_then_speaker(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for a in found.iter_mut().filter(|a| a.source.is_none()) {
        let Some(r) = a.recipient.as_ref() else { continue };
        let words: Vec<&str> = r.text.split(' ').collect();
        if words.len() < 3 {
            continue;
        }
        let Some(g) = (1..words.len() - 1).find(|&g| crate::given_names::is_given_name(&fold(words[g]))) else { continue };
        let person = words[g..].join(" ");
        if full_name(&person).is_none_or(|n| n != person) || words[..g].iter().any(|w| !is_capitalized(w)) {
            continue;
        }
        let outlet = words[..g].join(" ");
        let (start, end) = (r.span.start, r.span.end);
        let mut told = r.clone();
        told.span = Span::new(start, start + outlet.len());
        told.text = outlet.clone();
        told.name = outlet;
        a.recipient = Some(told);
        a.source = Some(Source::named(Span::new(end - person.len(), end), person, SourceKind::Person));
    }
}

/// ("dijo a este diario Armando Queirós", "dijo a El País Armando Queirós": the medium told and
/// the speaker after it, read as one source.)
fn told_outlet_in_source(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for a in found.iter_mut().filter(|a| a.recipient.is_none()) {
        let Some(s) = a.source.as_ref().filter(|s| (s.kind.is_media() || s.kind == SourceKind::Person) && s.span.start > a.cue.start) else { continue };
        let words: Vec<&str> = s.text.split(' ').collect();
        if words.len() < 4 || !matches!(fold(words[0]).as_str(), "a" | "al" | "ao" | "au" | "aux" | "alla" | "allo") {
            continue;
        }
        let Some(g) = (2..words.len() - 1).find(|&g| crate::given_names::is_given_name(&fold(words[g])) && is_capitalized(words[g])) else { continue };
        let person = words[g..].join(" ");
        if full_name(&person).is_none_or(|n| n != person) {
            continue;
        }
        let outlet = words[1..g].join(" ");
        let start = s.span.start + words[0].len() + 1;
        // (The paper itself, "este diario", is its own reporting's phrase, no medium told.)
        let own = outlet.starts_with(char::is_lowercase);
        let told = Source::named(Span::new(start, start + outlet.len()), outlet, SourceKind::Outlet);
        let end = s.span.end;
        a.recipient = (!own).then_some(told);
        a.source = Some(Source::named(Span::new(end - person.len(), end), person, SourceKind::Person));
    }
}

/// ("up 2.1 million tons from its June estimate": a month or a weekday alone is no source.)
/// (The cue stands: "Comey in June sharply criticized".)
fn month_or_weekday_alone(_cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    for a in found.iter_mut() {
        // ("pensionistica pubblica nel 2028": a year after a preposition neither.)
        if a.source.as_ref().is_some_and(|s| {
            // ("citing the lowest July flow": the name read is the month.)
            let w = if MONTHS.contains(&fold(s.name.trim()).as_str()) { fold(s.name.trim()) } else { fold(s.text.trim()) };
            let words: Vec<&str> = w.split_whitespace().collect();
            // ("daté du 2 juillet estime": a day and its month neither.)
            let day_month = |n: &str| {
                let words: Vec<&str> = n.split_whitespace().collect();
                const MONTH_NAMES: &[&str] = &[
                    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
                    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
                    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
                    "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
                    "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
                ];
                words.len() == 2 && words[0].len() <= 2 && words[0].bytes().all(|b| b.is_ascii_digit()) && (MONTHS.contains(&words[1]) || MONTH_NAMES.contains(&words[1]))
            };
            let day_month = day_month(&w) || day_month(&fold(s.name.trim()));
            MONTHS.contains(&w.as_str())
                || day_month
                || in_list(WEEKDAYS, &w)
                || words.len() == 2
                    && words[1].len() == 4
                    && words[1].bytes().all(|b| b.is_ascii_digit())
                    && matches!(
                        words[0],
                        "nel" | "nell'" | "in" | "en" | "im" | "w" | "from" | "since" | "dal" | "dall'" | "depuis" | "desde" | "no" | "na" | "em" | "au" | "von" | "seit" | "ab" | "od" | "do" | "до" | "з" | "с" | "в" | "у"
                    )
        }) {
            a.source = None;
        }
    }
}

/// The clause rules below read English; with no language given, English-looking cues.
fn clause_rules(cx: &Cx<'_>, found: &mut Vec<Attribution>) {
    let Cx { text, sentence, language, .. } = *cx;
    let english = match language {
        Some(l) => l.starts_with("en"),
        None => found.iter().all(|a| {
            let w = lexicon::phrase_words(&a.cue_text);
            !matches!(a.cue_kind, CueKindOrCredit::Cue(_))
                || lexicon::matcher(&lexicon::ENGLISH)
                    .match_at(&w, 0)
                    .is_some()
                || w.first()
                    .is_some_and(|w| in_list(lexicon::ENGLISH.nominal_cues, w))
        }),
    };
    // ("Fatima El Idrissi (52) from the Afrikaanderwijk told this newspaper": the person from a
    // place, past her age.)
    if english {
        for s in found.iter_mut().filter_map(|a| a.source.as_mut()).filter(|s| !s.kind.is_media() && s.kind != SourceKind::Person) {
            let Some(before) = text[..s.span.start].strip_suffix("from ") else { continue };
            let before = before.trim_end();
            let before = before.strip_suffix(')').and_then(|b| b.rsplit_once(" (")).filter(|(_, age)| age.chars().all(|c| c.is_ascii_digit())).map_or(before, |(b, _)| b);
            let before = before.trim_end_matches(',').trim_end();
            let before = before.rsplit_once(", ").filter(|(_, age)| age.chars().all(|c| c.is_ascii_digit())).map_or(before, |(b, _)| b);
            let sentence_start = sentence.start.min(before.len());
            let Some(name) = full_name(&before[sentence_start..]).filter(|n| before.ends_with(n.as_str()) && crate::given_names::is_given_name(&fold(n.split(' ').next().unwrap_or("")))) else {
                continue;
            };
            let start = before.len() - name.len();
            *s = Source::named(Span::new(start, before.len()), name, SourceKind::Person);
        }
    }
    // ("SkhidLink has reported the incident to the police": a report made to the authorities,
    // no publication.)
    if english {
        found.retain(|a| {
            !(matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::MediaVerb)) && fold(&a.cue_text).starts_with("report")) || {
                let rest = fold(&text[a.cue.end..a.sentence.end.max(a.cue.end)]);
                let clause = rest.split([',', ';']).next().unwrap_or(&rest).to_string();
                ![" to the police", " to police", " to the authorities", " to authorities", " to the prosecutor"].iter().any(|p| clause.contains(p))
            }
        });
    }
    if english {
        drop_nested_infinitives(text, found);
        drop_run_on(text, found);
        drop_conditional(text, found);
    }
    if language == Some("de") {
        drop_modal_infinitives(text, found);
    }
}
