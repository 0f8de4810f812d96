//! Pages per CPU-second of `html::extract` on one thread, robust to a busy machine (on-CPU time
//! of this thread from `/proc/thread-self/schedstat`, Linux only): `extract_bench ARCHIVE [ROUNDS]`.
//! The first round includes one-time initialisation (compiled selectors and patterns), as the
//! `eval extraction` figure does.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .expect("/proc/thread-self/schedstat")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: extract_bench ARCHIVE [ROUNDS]");
    let rounds: usize = args.next().map_or(5, |r| r.parse().expect("ROUNDS is a number"));
    let items = stemmata_web::eval::load_benchmark(std::path::Path::new(&path)).expect("readable archive");
    let pages: Vec<String> = items
        .iter()
        .map(|it| {
            stemmata_web::decode::gunzip(&it.html_gz, stemmata_web::decode::DEFAULT_MAX_BYTES)
                .map(|b| stemmata_web::decode::decode_text(&b, None).text)
                .unwrap_or_default()
        })
        .collect();
    let mut rates = Vec::new();
    for round in 0..rounds {
        let start = cpu_ns();
        let mut chars = 0usize;
        for (it, html) in items.iter().zip(&pages) {
            chars += stemmata_web::html::extract(html, Some(&it.url)).text.len();
        }
        let secs = (cpu_ns() - start) as f64 / 1e9;
        let rate = pages.len() as f64 / secs;
        println!("round {round}: {rate:.0} pages per CPU-second ({chars} bytes of text)");
        rates.push(rate);
    }
    rates.sort_by(f64::total_cmp);
    println!("median {:.0} pages per CPU-second", rates[rates.len() / 2]);
}
