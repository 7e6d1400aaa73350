//! The pseudo-locale wraps every message in [[…]]: walking the window's accessibility tree in
//! it finds interface text that bypasses the Fluent files.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use marsad::i18n::Language;

use marsad::app::Request;
use marsad::app::actions::Action;

use crate::ui::{full, select_and};

/// Labels of the nodes a reader sees as interface text: labels, buttons, check boxes, radio
/// buttons, menu entries, headers. Their text is the article's, a file's, or interface text.
/// Returns the labels without the marks, and how many labels were looked at.
fn unmarked(
    harness: &egui_kittest::Harness<'_, marsad::app::MarsadApp>,
    data: &[&str],
) -> (Vec<String>, usize) {
    let interface = [
        Role::Label,
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::MenuItem,
        Role::ComboBox,
        Role::Tab,
    ];
    let labels: Vec<String> = harness
        .query_all(
            by().recursive(true)
                .predicate(move |n| interface.contains(&n.role())),
        )
        .filter_map(|n| {
            // AccessKit keeps a label's text in its value.
            let node = n.accesskit_node();
            if node.role() == Role::Label {
                node.value()
            } else {
                node.label()
            }
        })
        .map(|l| l.trim().to_owned())
        .collect();
    let seen = labels.len();
    let missing = labels
        .into_iter()
        .filter(|l| !l.is_empty() && !l.contains("[["))
        // Numbers, separators and shortcut keys are not words to translate.
        .filter(|l| l.chars().any(char::is_alphabetic))
        .filter(|l| !data.iter().any(|d| l.contains(d)))
        .collect();
    (missing, seen)
}

#[test]
fn every_interface_label_of_the_article_window_comes_from_the_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hudna.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).unwrap();
    let mut harness = full(path);
    harness
        .state_mut()
        .submit(Request::SetLanguage(Language::Pseudo))
        .unwrap();
    harness.run();
    let text = harness.state().opened().unwrap().article.text.clone();
    let title = text.lines().next().unwrap().to_owned();
    // The article (its text, title and file name) is data, as are the path field's value and
    // the encoding; the rest must carry the marks.
    let data = [text.as_str(), title.as_str(), "hudna.txt", "UTF-8", "LF"];
    let (missing, seen) = unmarked(&harness, &data);
    assert!(
        missing.is_empty(),
        "interface text without marks: {missing:#?}"
    );
    assert!(seen > 20, "only {seen} labels in the tree: {missing:?}");
    // An actor tagged and a claim: the inspector's entity and claim pages, the lists and the
    // claims table.
    for (needle, action) in [
        ("العقيد سامر الحلبي", Action::TagActor),
        ("إن «قواتنا ستلتزم بوقف إطلاق النار", Action::TagClaim),
    ] {
        select_and(&mut harness, &text, needle, action);
        let mut data = data.to_vec();
        data.extend(["العقيد سامر الحلبي", "قواتنا", "—"]);
        let (missing, _) = unmarked(&harness, &data);
        assert!(
            missing.is_empty(),
            "{action:?}: interface text without marks: {missing:#?}"
        );
    }
    // In English the same walk finds every label unmarked: the check sees what it claims to.
    harness
        .state_mut()
        .submit(Request::SetLanguage(Language::En))
        .unwrap();
    harness.run();
    let (english, _) = unmarked(&harness, &data);
    assert!(english.len() > 20, "{english:?}");
}
