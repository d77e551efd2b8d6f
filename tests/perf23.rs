//! perf23 (issue 8): the mojibake pass skips the regions of clean text that neither GBK rule
//! can repair, and counts the script only where the count is kept. These guard that damage
//! inside long clean paragraphs is still found, and that the script of a text whose other
//! passes changed it is still right.

use zhextract::text;

/// A long paragraph of clean simplified text with no ASCII char: one region of the pass.
const CLEAN: &str = "记者从市发展改革委获悉，今年以来全市重点项目建设加快推进，一批交通、水利和\
    产业项目相继开工，带动社会投资持续增长；有关部门表示，下一步将继续优化营商环境，\
    强化要素保障，推动经济运行整体好转";

#[test]
fn utf8_read_as_gbk_inside_a_long_clean_paragraph() {
    // 你好 written in UTF-8 and read as GBK is 浣犲ソ.
    let input = format!("{CLEAN}，浣犲ソ，{CLEAN}。\n");
    let c = text::repair(&input);
    assert!(c.text.contains("，你好，"), "{}", c.text);
    assert_eq!(c.text.len(), input.len() - "浣犲ソ".len() + "你好".len());
}

#[test]
fn clean_paragraphs_are_left_alone() {
    let input = format!("{CLEAN}。\n{CLEAN}，共计１２个项目。\n");
    let c = text::repair(&input);
    assert!(c.text.starts_with(CLEAN), "{}", c.text);
    assert!(c.repairs.iter().all(|r| !r.replacement.contains('\u{FFFD}')));
}

#[test]
fn lost_character_with_reading_in_traditional_text() {
    // The pass before the mojibake pass changes this text (a zero-width space), so the
    // mojibake pass does not count the script as it goes: the side is counted when the
    // guess needs it, and the guess is written in the text's script.
    let input = "我們\u{200B}要?chuàng)新工作模式，加強對話與溝通，團結協作，共同發展。今年投入１２０萬元。\n";
    let c = text::repair(input);
    assert!(c.text.contains("創新工作"), "{}", c.text);
}
