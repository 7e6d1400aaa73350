//! What the Debian package installs agrees with the program: one application id in the
//! desktop entry, the metainfo, the icons and the window; icons at the sizes their folders
//! say; the man pages and completions generated from the command line's definition.

use std::path::Path;
use std::process::Command;

use marsad::app::APP_ID;

fn desktop_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/desktop")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn one_application_id_names_the_entry_the_metainfo_and_the_icon() {
    let entry = desktop_file(&format!("{APP_ID}.desktop"));
    let value = |key: &str| {
        entry
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("no {key}= in the desktop entry"))
            .to_owned()
    };
    assert_eq!(value("Icon"), APP_ID);
    assert_eq!(value("StartupWMClass"), APP_ID);
    assert_eq!(
        value("Exec"),
        "marsad %f",
        "the command line opens one file"
    );
    assert!(
        value("MimeType").contains("text/plain") && value("MimeType").contains("text/markdown")
    );
    assert!(entry.contains("GenericName[ar]=") && entry.contains("Keywords[ar]="));

    let metainfo = desktop_file(&format!("{APP_ID}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
    assert!(metainfo.contains(&format!(
        r#"<launchable type="desktop-id">{APP_ID}.desktop</launchable>"#
    )));
    assert!(metainfo.contains(&format!(
        "<release version=\"{}\"",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(metainfo.contains(r#"<content_rating type="oars-1.1"/>"#));
}

#[test]
fn the_icons_are_the_sizes_their_folders_say() {
    let icons = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/desktop/icons");
    assert!(icons.join(format!("{APP_ID}.svg")).is_file());
    for size in [48u32, 128, 256] {
        let png =
            std::fs::read(icons.join(size.to_string()).join(format!("{APP_ID}.png"))).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        // IHDR: width and height, big-endian, after the signature and the chunk header.
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), (size, size));
    }
}

#[test]
fn man_pages_and_completions_cover_every_command() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_marsad-assets"))
        .arg(out.path())
        .status()
        .unwrap();
    assert!(status.success());
    let page = std::fs::read_to_string(out.path().join("man/marsad.1")).unwrap();
    for section in ["SYNOPSIS", "FILES", "SIGNALS", "EXIT STATUS"] {
        assert!(
            page.contains(&format!(".SH {section}"))
                || page.contains(&format!(".SH \"{section}\"")),
            "{section}"
        );
    }
    for command in ["check", "export", "layout", "registry"] {
        assert!(
            out.path().join(format!("man/marsad-{command}.1")).is_file(),
            "{command}"
        );
        for completion in ["marsad.bash", "_marsad", "marsad.fish"] {
            let text =
                std::fs::read_to_string(out.path().join("completions").join(completion)).unwrap();
            assert!(text.contains(command), "{completion} completes {command}");
        }
    }
    let bash = std::fs::read_to_string(out.path().join("completions/marsad.bash")).unwrap();
    assert!(bash.contains("--format"), "export's options are completed");
}
