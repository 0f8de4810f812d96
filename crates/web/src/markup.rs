//! Byte-level reading of HTML markup before it is parsed: tags and their attributes as the
//! HTML tokenizer reads them, and the test that decides whether a navigation, footer, aside or
//! figure block can be skipped before parsing because the tree builder would give exactly that
//! block — and nothing outside it — for those bytes, and nothing in it is read after parsing.
//!
//! [`crate::html`] drops these elements whole once the page is parsed. Skipping their markup
//! before parsing saves the tokenizer, the tree builder and every later walk a quarter of the
//! page. What is read before they are dropped (metadata: `<meta>`, `<link>`, JSON-LD, `<time>`,
//! microdata, headings, date and byline blocks, "published ..." lines) makes a block stay.
//! One difference remains by design: a date block that wraps a skipped block is measured
//! without it (date blocks longer than 200 bytes are passed over), which is what a reader sees
//! of it once navigation is gone.
//!
//! The same scan drops scripts (but JSON-LD), styles, SVG and comments, `data-*` attributes
//! outside images, media and embeds, and `<link>`s other than the canonical one: nothing that
//! decides the text or the metadata reads them.

/// One tag as the HTML tokenizer reads it.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tag<'a> {
    pub end: bool,
    /// The tag name as written (compare with `eq_ignore_ascii_case`).
    pub name: &'a [u8],
    /// `(name, value)` pairs as written; a value is empty when none is given.
    pub attrs: Vec<(&'a [u8], &'a [u8])>,
    /// Byte index just after the closing `>`.
    pub close: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// The tag starting at `bytes[at] == b'<'`: a start tag (`<` + ASCII letter) or an end tag
/// (`</` + ASCII letter), with its attributes. `None` for anything else and for a tag the
/// input ends inside.
#[cfg(test)]
pub(crate) fn read_tag(bytes: &[u8], at: usize) -> Option<Tag<'_>> {
    let (end, name, after_name) = tag_name(bytes, at)?;
    let mut attrs = Vec::new();
    let close = scan_attributes(bytes, after_name, |n, v, _| attrs.push((n, v)))?;
    Some(Tag { end, name, attrs, close })
}

/// Whether the tag at `bytes[at]` is an end tag, its name, and the index after the name.
fn tag_name(bytes: &[u8], at: usize) -> Option<(bool, &[u8], usize)> {
    let mut i = at + 1;
    let end = bytes.get(i) == Some(&b'/');
    if end {
        i += 1;
    }
    if !bytes.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let name_start = i;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    Some((end, &bytes[name_start..i], i))
}

/// Reads attributes from `i` (just after the tag name) as the tokenizer does, handing each
/// `(name, value, span)` to `attr` (`span` runs from the name to the end of the value, closing
/// quote included); returns the index just after the tag's `>`.
fn scan_attributes<'a>(
    bytes: &'a [u8],
    mut i: usize,
    mut attr: impl FnMut(&'a [u8], &'a [u8], std::ops::Range<usize>),
) -> Option<usize> {
    loop {
        // Before an attribute name.
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        if *bytes.get(i)? == b'>' {
            return Some(i + 1);
        }
        // The attribute name (a leading `=` belongs to it).
        let an_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let an = &bytes[an_start..i];
        let name_end = i;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            attr(an, &bytes[i..i], an_start..name_end);
            continue;
        }
        i += 1;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        match *bytes.get(i)? {
            q @ (b'"' | b'\'') => {
                let v_end = i + 1 + memchr::memchr(q, &bytes[i + 1..])?;
                attr(an, &bytes[i + 1..v_end], an_start..v_end + 1);
                i = v_end + 1;
            }
            b'>' => {
                attr(an, &bytes[i..i], an_start..i);
                return Some(i + 1);
            }
            _ => {
                let v_start = i;
                while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                    i += 1;
                }
                attr(an, &bytes[v_start..i], an_start..i);
            }
        }
    }
}

// What the scans need to know of a tag name, as bit flags (see [`kind`]).
/// Blocks dropped whole after parsing, skipped before it when [`prunable_end`] allows.
const PRUNED: u32 = 1;
/// Keeps a block: what metadata is read from before the blocks are dropped (`<meta>`,
/// `<link>`, `<time>`, JSON-LD, the title and the first `<h1>`), text the tokenizer reads raw
/// (but `<iframe>`, whose raw text is stepped over), foreign content, and elements whose start
/// or end tags can act on elements outside the block.
const KEEPS_BLOCK: u32 = 1 << 1;
/// Never has an end tag.
const VOID: u32 = 1 << 2;
/// A start tag that closes an open `<p>`.
const CLOSES_P: u32 = 1 << 3;
/// A special element (in the HTML parsing sense) at which the search for an open `<li>`,
/// `<dd>` or `<dt>` to close stops; a subset of them, so stopping here is never too early.
const STOPS_ITEM_SEARCH: u32 = 1 << 4;
const P: u32 = 1 << 5;
const LI: u32 = 1 << 6;
const DD_DT: u32 = 1 << 7;
/// `<a>` and `<nobr>`: a second one while one is open restructures the tree.
const A: u32 = 1 << 8;
/// `<h2>`..`<h6>` (a heading start tag closes an open heading).
const HEADING: u32 = 1 << 9;
const BUTTON: u32 = 1 << 10;
const FORM: u32 = 1 << 11;
/// Elements with implied end tags or table parts: a block holding them is kept.
const IMPLIED: u32 = 1 << 12;
const IFRAME: u32 = 1 << 13;
const BODY: u32 = 1 << 14;
const PLAINTEXT: u32 = 1 << 15;
/// The tokenizer reads raw text, or the tree builder parses in a mode of its own, up to the
/// matching end tag: no block is skipped in there.
const HOLDS_UNTIL_END: u32 = 1 << 16;
/// Images, media and embeds, whose attributes are all read (lazy-loading sources, video
/// addresses): their `data-*` attributes stay.
const MEDIA: u32 = 1 << 17;
/// `<link>`: only the canonical one is read.
const LINK: u32 = 1 << 18;

/// The flags of a tag name (ASCII case-insensitive).
fn kind(name: &[u8]) -> u32 {
    let mut buf = [0u8; 10];
    if name.len() > buf.len() {
        return 0;
    }
    for (b, c) in buf.iter_mut().zip(name) {
        *b = c.to_ascii_lowercase();
    }
    match &buf[..name.len()] {
        b"nav" | b"footer" | b"aside" | b"figure" => PRUNED | CLOSES_P | STOPS_ITEM_SEARCH,
        b"p" => P | CLOSES_P,
        b"li" => LI | CLOSES_P,
        b"dd" | b"dt" => DD_DT | CLOSES_P,
        b"a" | b"nobr" => A,
        b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => HEADING | CLOSES_P,
        b"button" => BUTTON | STOPS_ITEM_SEARCH,
        b"form" => FORM | CLOSES_P | STOPS_ITEM_SEARCH,
        b"iframe" => IFRAME | HOLDS_UNTIL_END | MEDIA,
        b"picture" | b"video" | b"audio" | b"object" => MEDIA,
        b"script" => KEEPS_BLOCK | HOLDS_UNTIL_END,
        b"body" => BODY | KEEPS_BLOCK,
        b"plaintext" => PLAINTEXT | KEEPS_BLOCK | CLOSES_P,
        b"h1" => KEEPS_BLOCK | CLOSES_P,
        b"xmp" => KEEPS_BLOCK | CLOSES_P | HOLDS_UNTIL_END,
        b"meta" => KEEPS_BLOCK | VOID,
        b"link" => KEEPS_BLOCK | VOID | LINK,
        b"textarea" | b"title" | b"noembed" | b"noframes" | b"select" | b"math" | b"template" => {
            KEEPS_BLOCK | HOLDS_UNTIL_END
        }
        b"time" | b"style" | b"svg" | b"html" | b"head" | b"frameset" | b"frame" | b"option" | b"optgroup"
        | b"caption" | b"colgroup" | b"tr" => KEEPS_BLOCK,
        b"table" => KEEPS_BLOCK,
        b"rb" | b"rp" | b"rt" | b"rtc" | b"image" | b"isindex" | b"tbody" | b"thead" | b"tfoot" | b"td" | b"th" => {
            IMPLIED
        }
        b"col" => IMPLIED | VOID,
        b"img" | b"embed" | b"source" => VOID | MEDIA,
        b"area" | b"base" | b"br" | b"input" | b"param" | b"track" | b"wbr" => VOID,
        b"hr" => VOID | CLOSES_P,
        b"ul" | b"ol" | b"menu" | b"dl" | b"header" | b"section" | b"article" | b"main" | b"figcaption"
        | b"blockquote" | b"fieldset" | b"details" | b"summary" | b"center" | b"dir" | b"hgroup" => {
            CLOSES_P | STOPS_ITEM_SEARCH
        }
        b"address" | b"dialog" | b"div" | b"search" | b"pre" | b"listing" => CLOSES_P,
        _ => 0,
    }
}

/// Class and id words of the blocks read for dates (those `html::is_date_block` looks for).
const DATE_ATTR_WORDS: [&[u8]; 10] =
    [b"date", b"Date", b"time", b"Time", b"publish", b"posted", b"byline", b"Byline", b"meta", b"info"];

/// Words of "published on ..." lines: ASCII-case-insensitive stems of the words the date search
/// reads, each starting with `p`, `f` or `d`.
const DATE_TEXT_WORDS: [&[u8]; 5] = [b"publi", b"posted", b"ffentlicht", b"pubblicato", b"diterbitkan"];

fn has_date_word(text: &[u8]) -> bool {
    text.iter().enumerate().any(|(k, b)| {
        matches!(b | 0x20, b'p' | b'f' | b'd')
            && DATE_TEXT_WORDS.iter().any(|w| text.len() - k >= w.len() && text[k..k + w.len()].eq_ignore_ascii_case(w))
    })
}

/// Whether any of `words` (non-empty, starting with an ASCII byte) occurs in `hay`
/// (case-sensitive): one pass that looks further only at bytes some word starts with, for
/// the class and id values it is used on.
pub(crate) fn contains_any(hay: &[u8], words: &[&[u8]]) -> bool {
    let firsts = words.iter().fold(0u128, |m, w| m | 1u128 << (w[0] & 0x7f));
    (0..hay.len()).any(|k| {
        let b = hay[k];
        b < 128 && firsts >> b & 1 == 1 && words.iter().any(|w| hay[k..].starts_with(w))
    })
}
/// Index just after the end tag that ends the raw text of `name` started at `from`: `</name`
/// followed by whitespace, `/` or `>`, as the tokenizer requires, up to its `>`.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut j = from;
    loop {
        let lt = j + memchr::memchr(b'<', &bytes[j..])?;
        let after = lt + 2 + name.len();
        if bytes.get(lt + 1) == Some(&b'/')
            && after <= bytes.len()
            && bytes[lt + 2..after].eq_ignore_ascii_case(name)
            && bytes.get(after).is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            return scan_attributes(bytes, after, |_, _, _| {});
        }
        j = lt + 1;
    }
}

/// What the scan of the page knows about elements open where a block starts.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct OpenOutside {
    /// A `<button>` may be open (a `<button>` in the block would close it).
    pub button: bool,
    /// A `<form>` may be open (a `<form>` in the block would be ignored and its end tag
    /// would close the outer one).
    pub form: bool,
}

/// When the block whose start tag is at `html[at]` can be skipped, the byte index just after
/// its end tag. The block must be well nested (every end tag closes the innermost open
/// element, no start tag closes an open element implicitly), so that the tree builder closes
/// it exactly at that end tag; and it must hold nothing the metadata search reads: no tag of
/// [`KEEPS_BLOCK`], no microdata (`itemprop`), and no date block or "published" line with a
/// date in it.
pub(crate) fn prunable_end(html: &str, at: usize, max_depth: usize, outside: OpenOutside) -> Option<usize> {
    let bytes = html.as_bytes();
    // Open elements: name as written and its flags.
    let mut stack: Vec<(&[u8], u32)> = Vec::new();
    let (mut date_words, mut digits, mut entities) = (false, 0usize, false);
    let mut i = at;
    loop {
        let lt = i + memchr::memchr(b'<', &bytes[i..])?;
        if lt > i {
            let text = &bytes[i..lt];
            digits += text.iter().filter(|b| b.is_ascii_digit()).count();
            entities |= memchr::memchr_iter(b'&', text).any(|k| text.get(k + 1) == Some(&b'#'));
            date_words |= has_date_word(text);
        }
        // What `strip_inert` removes the parser never sees.
        if let Some(end) = inert_end(html, lt) {
            if end >= bytes.len() {
                return None;
            }
            i = end;
            continue;
        }
        match bytes.get(lt + 1) {
            Some(b'/') => {
                let (_, name, after_name) = tag_name(bytes, lt)?;
                if !stack.last().is_some_and(|(top, _)| top.eq_ignore_ascii_case(name)) {
                    return None;
                }
                let close = scan_attributes(bytes, after_name, |_, _, _| {})?;
                stack.pop();
                if stack.is_empty() {
                    // A date needs a four-digit year somewhere in the block's text.
                    let may_hold_date = digits >= 4 || entities;
                    return (!(date_words && may_hold_date)).then_some(close);
                }
                i = close;
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (_, name, after_name) = tag_name(bytes, lt)?;
                let k = kind(name);
                if k & (KEEPS_BLOCK | IMPLIED) != 0 {
                    return None;
                }
                let (mut microdata, mut date_attr) = (false, false);
                let close = scan_attributes(bytes, after_name, |n, v, _| {
                    if n.eq_ignore_ascii_case(b"class") || n.eq_ignore_ascii_case(b"id") {
                        date_attr |= contains_any(v, &DATE_ATTR_WORDS);
                    } else if n.eq_ignore_ascii_case(b"itemprop") {
                        // Microdata dates are read from attributes.
                        microdata = true;
                    }
                })?;
                if microdata {
                    return None;
                }
                date_words |= date_attr;
                let open = |flags: u32| stack.iter().any(|(_, f)| f & flags != 0);
                // An open list item reachable from the top of the stack without crossing a
                // special element.
                let open_item = |flags: u32| {
                    stack.iter().rev().take_while(|(_, f)| f & STOPS_ITEM_SEARCH == 0).any(|(_, f)| f & flags != 0)
                };
                // Implied closings inside the block would make the tree differ from this stack.
                if (k & CLOSES_P != 0 && open(P))
                    || (k & LI != 0 && open_item(LI))
                    || (k & DD_DT != 0 && open_item(DD_DT))
                    || (k & A != 0 && open(A))
                    || (k & HEADING != 0 && stack.last().is_some_and(|(_, f)| f & HEADING != 0))
                    || (k & BUTTON != 0 && (outside.button || open(BUTTON)))
                    || (k & FORM != 0 && (outside.form || open(FORM)))
                {
                    return None;
                }
                if k & IFRAME != 0 {
                    // Raw text up to its end tag, which closes it.
                    i = raw_text_end(bytes, close, b"iframe")?;
                    continue;
                }
                if k & VOID == 0 {
                    stack.push((name, k));
                    if stack.len() > max_depth {
                        return None;
                    }
                }
                i = close;
            }
            Some(b'!' | b'?') => return None,
            _ => i = lt + 1,
        }
    }
}

/// Where what starts at `html[at] == '<'` ends when it is inert — a comment, a script other
/// than JSON-LD, a style sheet or inline SVG — and is dropped before parsing.
fn inert_end(html: &str, at: usize) -> Option<usize> {
    let bytes = html.as_bytes();
    let rest = &bytes[at + 1..];
    let starts = |name: &[u8]| {
        rest.len() > name.len()
            && rest[..name.len()].eq_ignore_ascii_case(name)
            && matches!(rest[name.len()], b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'/')
    };
    if rest.starts_with(b"!--") {
        html[at + 4..].find("-->").map(|e| at + 4 + e + 3)
    } else if !matches!(rest.first(), Some(b's' | b'S')) {
        None
    } else if starts(b"script") {
        let open_end = html[at..].find('>').map_or(html.len(), |e| at + e);
        let open_tag = &bytes[at..open_end];
        if open_tag.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json")) {
            None
        } else {
            find_close(html, open_end, "</script")
        }
    } else if starts(b"style") {
        find_close(html, at, "</style")
    } else if starts(b"svg") {
        find_close(html, at, "</svg")
    } else {
        None
    }
}

/// Removes what never holds article text before parsing — scripts (except JSON-LD), styles,
/// inline SVG and comments — so the tree builder and Readability have less to walk; pages
/// carry hundreds of KiB of inline script. Also skips the navigation, footer, aside and
/// figure blocks of the body that [`prunable_end`] allows: the parsed tree is then the one
/// the whole page gives with those elements removed. A plain byte scan that steps over tags
/// whole, so markup inside attribute values is not mistaken for tags. Also returns the deepest
/// tag nesting of what is kept, counted as `html::nesting_depth` counts it (an upper bound
/// where end tags are omitted).
pub(crate) fn strip_inert(html: &str) -> (String, usize) {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut copied = 0;
    let mut i = 0;
    // What the scan knows of the tree builder's state: whether the body has started, whether
    // a `<p>` or an `<a>` may be open (a skipped block's start tag would close the one and its
    // links could restructure the other), and where raw text or a parsing mode of its own ends.
    let (mut body_seen, mut p_open, mut a_open) = (false, false, false);
    let mut outside = OpenOutside::default();
    let mut hold_until = 0;
    let (mut depth, mut max_depth) = (0usize, 0usize);
    let mut cuts: Vec<std::ops::Range<usize>> = Vec::new();
    while let Some(rel) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + rel;
        let mut skip_to = inert_end(html, at);
        if skip_to.is_none() {
            match tag_name(bytes, at) {
                Some((false, name, after_name)) => {
                    let k = kind(name);
                    if k & PRUNED != 0
                        && at >= hold_until
                        && body_seen
                        && !p_open
                        && !a_open
                        && let Some(end) = prunable_end(html, at, crate::html::MAX_NESTING, outside)
                    {
                        skip_to = Some(end);
                    } else {
                        if k & BODY != 0 {
                            body_seen = true;
                        }
                        if k & P != 0 {
                            p_open = true;
                        } else if k & CLOSES_P != 0 {
                            p_open = false;
                        }
                        a_open |= k & A != 0;
                        outside.button |= k & BUTTON != 0;
                        outside.form |= k & FORM != 0;
                        // `data-*` attributes are read by nothing that decides the text (media
                        // aside): cut them, sparing the tokenizer and the tree their bytes.
                        let cut_data = at >= hold_until && k & MEDIA == 0;
                        cuts.clear();
                        let mut canonical = false;
                        let close = scan_attributes(bytes, after_name, |n, v, span| {
                            if cut_data && n.len() > 5 && n[..5].eq_ignore_ascii_case(b"data-") {
                                cuts.push(span);
                            }
                            canonical |= n.eq_ignore_ascii_case(b"rel")
                                && v.windows(9).any(|w| w.eq_ignore_ascii_case(b"canonical"));
                        });
                        if let Some(end) = close
                            && k & LINK != 0
                            && at >= hold_until
                            && !canonical
                        {
                            // Style sheets, icons, preloads...: a `<link>` is void and only the
                            // canonical one is read; the rest go whole.
                            cuts.clear();
                            cuts.push(at..end);
                        }
                        if close.is_some() {
                            for span in cuts.drain(..) {
                                out.push_str(&html[copied..span.start]);
                                copied = span.end;
                            }
                        }
                        let close = close.unwrap_or(bytes.len());
                        if k & VOID == 0 && !(close >= 2 && bytes[close - 2] == b'/') {
                            depth += 1;
                            max_depth = max_depth.max(depth);
                        }
                        if k & PLAINTEXT != 0 {
                            hold_until = bytes.len();
                        } else if at >= hold_until && k & HOLDS_UNTIL_END != 0 {
                            let lower = name.to_ascii_lowercase();
                            let close_tag = format!("</{}", String::from_utf8_lossy(&lower));
                            hold_until = find_close(html, close, &close_tag).unwrap_or(bytes.len());
                        }
                        i = close.max(at + 1);
                    }
                }
                Some((true, name, _)) => {
                    let k = kind(name);
                    p_open &= k & P == 0;
                    a_open &= k & A == 0;
                    outside.button &= k & BUTTON == 0;
                    outside.form &= k & FORM == 0;
                    depth = depth.saturating_sub(1);
                    i = at + 1;
                }
                None => i = at + 1,
            }
        }
        if let Some(end) = skip_to {
            out.push_str(&html[copied..at]);
            copied = end;
            i = end;
        }
        if i >= html.len() {
            break;
        }
    }
    out.push_str(&html[copied.min(html.len())..]);
    (out, max_depth)
}

/// Byte index just after the closing tag `close` (e.g. `</script`) found after `from`.
fn find_close(html: &str, from: usize, close: &str) -> Option<usize> {
    let hay = &html.as_bytes()[from..];
    let needle = close.as_bytes();
    // Every needle starts with "</": only those places are tried.
    static END_TAG: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"</"));
    debug_assert!(needle.starts_with(b"</"));
    let mut j = 0;
    while j + needle.len() <= hay.len() {
        let Some(k) = END_TAG.find(&hay[j..]).map(|k| j + k) else {
            break;
        };
        if k + needle.len() <= hay.len() && hay[k..k + needle.len()].eq_ignore_ascii_case(needle) {
            let end = memchr::memchr(b'>', &hay[k..]).map_or(hay.len(), |e| k + e + 1);
            return Some(from + end);
        }
        j = k + 1;
    }
    // Unclosed: the rest of the page is inside it.
    Some(html.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(html: &str) -> Option<&str> {
        prunable_end(html, 0, 100, OpenOutside::default()).map(|e| &html[..e])
    }

    #[test]
    fn tags_are_read_as_the_tokenizer_reads_them() {
        let t = read_tag(br#"<a href="x>y" class=nav data-x='1' hidden/>rest"#, 0).expect("tag");
        assert!(!t.end);
        assert_eq!(t.name, b"a");
        let names: Vec<&[u8]> = t.attrs.iter().map(|a| a.0).collect();
        assert_eq!(names, [&b"href"[..], b"class", b"data-x", b"hidden"]);
        assert_eq!(t.attrs[0].1, b"x>y");
        assert_eq!(t.attrs[1].1, b"nav");
        assert_eq!(&br#"<a href="x>y" class=nav data-x='1' hidden/>rest"#[t.close..], b"rest");
        let t = read_tag(b"</DIV >", 0).expect("end tag");
        assert!(t.end && t.name == b"DIV" && t.close == 7);
        assert_eq!(read_tag(b"< div>", 0), None);
        assert_eq!(read_tag(b"<div class=\"open", 0), None);
        assert_eq!(read_tag(b"<a b\"c>", 0).map(|t| t.attrs[0].0.to_vec()), Some(b"b\"c".to_vec()));
    }

    #[test]
    fn well_nested_blocks_without_metadata_are_prunable() {
        let nav =
            r#"<nav class="menu"><ul><li><a href="/a">A</a></li><li><a href="/b">B &lt; C</a><br></li></ul></nav>"#;
        assert_eq!(end(&format!("{nav}<p>after</p>")), Some(nav));
        assert_eq!(end("<FOOTER><p>x</p><nav>y</nav></Footer>z"), Some("<FOOTER><p>x</p><nav>y</nav></Footer>"));
        assert_eq!(end("<aside>1 < 2</aside>"), Some("<aside>1 < 2</aside>"));
        // Date-block names and "published" without a year, links to authors, nested lists,
        // an iframe's raw text.
        for html in [
            "<footer><div class=\"info\">© Example. Published by Example Media.</div><a rel=\"author\" href=\"/a\">A</a></footer>",
            "<nav><h2>Sections</h2><ul><li><a href=\"/a\">A</a><ul><li>A1</li></ul></li><li>B</li></ul></nav>",
            "<aside><iframe src=\"x\"><p>not </aside> parsed</iframe></aside>",
            "<nav><form action=\"/s\"><input name=q><button>Go</button></form></nav>",
        ] {
            assert_eq!(end(&format!("{html}after")), Some(html), "{html}");
        }
        // A form or button open around the block.
        let outside = OpenOutside { form: true, button: false };
        assert_eq!(prunable_end("<nav><form></form></nav>", 0, 100, outside), None);
        let outside = OpenOutside { form: false, button: true };
        assert_eq!(prunable_end("<nav><button>x</button></nav>", 0, 100, outside), None);
    }

    #[test]
    fn blocks_the_tree_builder_would_shape_differently_are_kept() {
        // Unclosed elements, stray end tags, implied closings, raw text, comments.
        for html in [
            "<nav><ul><li>a<li>b</ul></nav>",
            "<nav><ul><li><div><li>b</li></div></li></ul></nav>",
            "<nav><h3>a<h4>b</h4></h3></nav>",
            "<nav><p>a</nav>",
            "<nav>a</div></nav>",
            "<nav><p>a<div>b</div></p></nav>",
            "<nav><a>x<a>y</a></a></nav>",
            "<nav><textarea><nav></nav></textarea></nav>",
            "<nav><!-- x --></nav",
            "<nav><!DOCTYPE html></nav>",
            "<nav><table><tr><td>x</td></tr></table></nav>",
            "<nav>unclosed",
            "<nav><a href=\"x",
        ] {
            assert_eq!(end(html), None, "{html}");
        }
    }

    #[test]
    fn blocks_holding_metadata_are_kept() {
        for html in [
            "<footer><time datetime=\"2024-01-01\">1 Jan</time></footer>",
            "<aside><span class=\"post-date\">1 Jan 2024</span></aside>",
            "<aside><span id=\"updated-time\">5.3.2024</span></aside>",
            "<aside><span class=\"post-date\">&#50;&#48;&#50;&#52;-03-05</span></aside>",
            "<footer><meta itemprop=\"datePublished\" content=\"2024-01-01\"></footer>",
            "<footer><span itemprop=\"author\">A</span></footer>",
            "<nav><script type=\"application/ld+json\">{}</script></nav>",
            "<nav><h1>Title</h1></nav>",
            "<footer><p>Published on 3 May 2024</p></footer>",
            "<footer><p>Veröffentlicht am 3. Mai 2024</p></footer>",
            "<nav><link rel=\"canonical\" href=\"https://x.example/\"></nav>",
        ] {
            assert_eq!(end(html), None, "{html}");
        }
    }

    #[test]
    fn data_attributes_are_cut_outside_media_and_raw_text() {
        let html = r#"<body><div class="a" data-x="1" DATA-Y='2' data-z=3 id=b>t</div><img data-src="i.jpg" src="p.gif"><textarea><b data-q="1"></textarea></body>"#;
        assert_eq!(
            strip_inert(html).0,
            r#"<body><div class="a"    id=b>t</div><img data-src="i.jpg" src="p.gif"><textarea><b data-q="1"></textarea></body>"#
        );
    }

    #[test]
    fn only_the_canonical_link_is_kept() {
        let html = r#"<head><link rel="stylesheet" href="s.css"><LINK REL="Canonical" href="https://x.example/a"><link rel=icon href=i.png></head>"#;
        assert_eq!(strip_inert(html).0, r#"<head><LINK REL="Canonical" href="https://x.example/a"></head>"#);
    }

    #[test]
    fn json_ld_text_is_never_pruned() {
        let html = r#"<body><script type="application/ld+json">{"articleBody": "<nav data-a='1'>x</nav>"}</script><nav>menu</nav><p>t</p></body>"#;
        assert_eq!(
            strip_inert(html).0,
            r#"<body><script type="application/ld+json">{"articleBody": "<nav data-a='1'>x</nav>"}</script><p>t</p></body>"#
        );
    }

    #[test]
    fn depth_is_bounded() {
        let deep = format!("<nav>{}{}</nav>", "<div>".repeat(200), "</div>".repeat(200));
        assert_eq!(prunable_end(&deep, 0, 100, OpenOutside::default()), None);
        assert_eq!(prunable_end(&deep, 0, 300, OpenOutside::default()), Some(deep.len()));
    }
}
