//! `stemmata eval KIND ...`: quality measured against labelled data sets, printed for people or
//! as one JSON object (`--json`) for tools.

use anyhow::Result;

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Labelled stories (UCI News, ECB+ or our TSV; plain or .zst): B-cubed and pairwise F1 of the clusterer.
    Clustering(super::cluster_eval::ClusteringArgs),
    /// Same-story pairs (tgcontest-pairs TSV): accuracy, F1 and ROC-AUC of the clusterer's own decision.
    Pairs(super::cluster_eval::PairsArgs),
    /// Article-body extraction benchmark (html/<id>.html.gz + ground-truth.json): shingle P/R/F1, pages/s.
    Extraction(super::extraction_eval::Args),
    /// Seed articles: the facts of a labelled expected.json checked against `analyze`.
    Seeds(super::eval_seeds::Args),
    /// TimeML archive (.tar.zst of <subcorpus>/<DOC>.tml): TempEval-3 temporal expression scores.
    Timex(super::timex_eval::Args),
    /// Labelled provenance set (labels.json + stories/): origins, relay edges, independent sources.
    Provenance(super::provenance_eval::Args),
    /// PolNeAR-layout archive (.tar.zst, brat standoff): attribution cue and source P/R/F1.
    Attribution(super::attribution_eval::Args),
    /// HIPE-style newsagency TSV (.tsv or .tsv.zst): agency credits per article and per mention.
    Agency(super::agency_eval::Args),
    /// PolNeAR-layout archive (.tar.zst, brat standoff): quotes and reported speech, direct and indirect apart.
    Quotes(super::quotes_eval::Args),
    /// Labelled sentence pairs (MRPC TSV): the claim aligner's similarity as a paraphrase classifier.
    Paraphrase(super::paraphrase_eval::Args),
}

pub fn run(command: EvalCommand) -> Result<()> {
    match command {
        EvalCommand::Clustering(args) => super::cluster_eval::run_clustering(args),
        EvalCommand::Pairs(args) => super::cluster_eval::run_pairs(args),
        EvalCommand::Extraction(args) => super::extraction_eval::run(args),
        EvalCommand::Seeds(args) => super::eval_seeds::run(args),
        EvalCommand::Timex(args) => super::timex_eval::run(args),
        EvalCommand::Provenance(args) => super::provenance_eval::run(args),
        EvalCommand::Attribution(args) => super::attribution_eval::run(args),
        EvalCommand::Agency(args) => super::agency_eval::run(args),
        EvalCommand::Quotes(args) => super::quotes_eval::run(args),
        EvalCommand::Paraphrase(args) => super::paraphrase_eval::run(args),
    }
}
