fn main() {
    let path = std::env::args().nth(1).expect("archive");
    let items = stemmata_web::eval::load_benchmark(std::path::Path::new(&path)).expect("load");
    let show = std::env::args().nth(2);
    let mut scores = Vec::new();
    let docs: Vec<String> = items.iter().map(|it| {
        let html = stemmata_web::decode::gunzip(&it.html_gz, 1 << 26).unwrap_or_default();
        stemmata_web::decode::decode_text(&html, None).text
    }).collect();
    let cpu = || std::fs::read_to_string("/proc/thread-self/schedstat").ok().and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok()).unwrap_or(0.0) / 1e9;
    let c0 = cpu();
    let start = std::time::Instant::now();
    let mut preds = Vec::new();
    for (it, d) in items.iter().zip(&docs) {
        let p = stemmata_web::html::extract(d, Some(&it.url));
        preds.push(p);
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!("cpu {:.1} pages/s", items.len() as f64 / (cpu() - c0));
    for (it, p) in items.iter().zip(&preds) {
        let s = stemmata_web::eval::score_page(&it.truth, &p.text);
        println!("{} P={:.3} R={:.3} {}", &it.id[..8], s.precision.unwrap_or(-1.0), s.recall.unwrap_or(-1.0), it.url);
        if show.as_deref() == Some(&it.id[..8]) {
            println!("=== PRED\n{}\n=== TRUTH\n{}", p.text, it.truth);
        }
        scores.push(s);
    }
    let sum = stemmata_web::eval::summarize(&scores);
    println!("{:?} {:.1} pages/s", sum, items.len() as f64 / secs);
}
