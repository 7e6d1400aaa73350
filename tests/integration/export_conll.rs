//! Sentences and tokens of the `CoNLL` export, one regression test per rule (issue 11, §2): an
//! NER training set has no sentence that is a punctuation mark alone.

use marsad::export::tokens::sentences;

/// Each sentence's tokens joined by spaces.
fn split(text: &str) -> Vec<String> {
    sentences(text)
        .iter()
        .map(|s| s.iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn an_ellipsis_is_one_token_and_ends_no_sentence() {
    assert_eq!(
        split("قال إنها «مسودة اتفاق سلام»... وبوتين لم يوقع بعد. ثم انتهى… وعاد الهدوء."),
        vec![
            "قال إنها « مسودة اتفاق سلام » ... وبوتين لم يوقع بعد .",
            "ثم انتهى … وعاد الهدوء .",
        ]
    );
}

#[test]
fn marks_written_together_are_one_token() {
    assert_eq!(
        split("هل انتهت الحرب؟! قال المتحدث: لا!! What now?! نعم"),
        vec![
            "هل انتهت الحرب ؟!",
            "قال المتحدث : لا !!",
            "What now ?!",
            "نعم",
        ]
    );
    // Digits keep their point: 3.5 is one token, not a sentence end.
    assert_eq!(split("نزح 3.5 مليون."), vec!["نزح 3.5 مليون ."]);
}

#[test]
fn a_sentence_ends_once_with_the_quotes_and_brackets_that_close_it() {
    assert_eq!(
        split("قال: «انتهى الأمر.» ثم غادر (وهو غاضب؟) مسرعاً. \"Done.\" Then\nسطر ثان"),
        vec![
            "قال : « انتهى الأمر . »",
            "ثم غادر ( وهو غاضب ؟ )",
            "مسرعاً .",
            "\" Done . \"",
            "Then",
            "سطر ثان",
        ]
    );
    // A quotation mark after a space opens the next sentence.
    assert_eq!(split("انتهى. «بدأ» غيره"), vec!["انتهى .", "« بدأ » غيره"]);
}

#[test]
fn a_sentence_is_never_punctuation_alone() {
    let text = "... بدأ القصف. . . ثم توقف.\n***\nانتهى!\n—";
    assert_eq!(
        split(text),
        vec!["... بدأ القصف . . .", "ثم توقف . * * *", "انتهى ! —"]
    );
    for sentence in sentences(text) {
        assert!(
            sentence
                .iter()
                .any(|t| t.text.chars().any(char::is_alphanumeric)),
            "{sentence:?}"
        );
    }
    assert!(
        sentences("...\n!").len() == 1,
        "punctuation alone stays one sentence"
    );
}
