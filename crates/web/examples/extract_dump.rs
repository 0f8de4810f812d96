//! Prints what `html::extract` finds on every page of an extraction benchmark archive (text and
//! metadata), to compare two versions of the extractor: `extract_dump ARCHIVE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: extract_dump ARCHIVE");
    let items = stemmata_web::eval::load_benchmark(std::path::Path::new(&path)).expect("readable archive");
    for it in &items {
        let html = stemmata_web::decode::gunzip(&it.html_gz, stemmata_web::decode::DEFAULT_MAX_BYTES)
            .map(|b| stemmata_web::decode::decode_text(&b, None).text)
            .unwrap_or_default();
        let page = stemmata_web::html::extract(&html, Some(&it.url));
        println!("== {}\n{:?}\n{}", it.id, page.meta, page.text);
    }
}
