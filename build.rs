//! Compile-time tables: the generators read `data/*.txt` (the text files stay the source of
//! truth) and write compact derived tables into `OUT_DIR`, so that nothing has to be parsed
//! at run time. Each area has its own module under `build/`.

#[path = "build/lexicon.rs"]
mod lexicon;
#[path = "src/lexicon/phf.rs"]
mod phf;
#[path = "build/text.rs"]
mod text;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/phf.rs");
    text::run();
    lexicon::run();
}
