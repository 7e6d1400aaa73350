//! `marsad registry`: make a folder a corpus (`init`), and list the entities of the registry
//! an article or folder belongs to (`list`). Messages are the command line's English.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::command_line::RegistryAction;
use crate::registry::{self, REGISTRY_FILE_NAME, RegistryFile};

/// Runs a `marsad registry` command.
pub fn run(action: RegistryAction) -> anyhow::Result<ExitCode> {
    match action {
        RegistryAction::Init { folder } => {
            let made = registry::init(&folder).map_err(|e| anyhow::anyhow!("{e}"))?;
            println!(
                "{}: a new, empty registry: {} is now a corpus",
                made.path().display(),
                folder.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        RegistryAction::List { path, json } => list(&path, json),
    }
}

fn list(path: &Path, json: bool) -> anyhow::Result<ExitCode> {
    // A folder is looked in itself first; an article from its folder.
    let found = if path.is_dir() {
        registry::locate_from(path, std::env::var_os("HOME").as_deref().map(Path::new))
    } else {
        registry::locate(path)
    };
    let Some(found) = found else {
        anyhow::bail!(
            "{}: belongs to no corpus: there is no {REGISTRY_FILE_NAME} in its folder or above \
             (marsad registry init FOLDER makes one)",
            path.display()
        );
    };
    let file = RegistryFile::open(&found).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut out = std::io::stdout().lock();
    for e in file.registry().entities() {
        let kind = format!("{:?}", e.entity.kind).to_lowercase();
        let line = if json {
            serde_json::to_string(&serde_json::json!({
                "id": e.entity.id.to_string(),
                "kind": kind,
                "name": e.entity.name,
                "aliases": e.entity.aliases,
                "wikidata": e.entity.wikidata,
                "merged_from": e.merged_from.iter().map(ToString::to_string).collect::<Vec<_>>(),
            }))?
        } else {
            let mut line = format!("{}\t{kind}\t{}", e.entity.id, e.entity.name);
            if !e.entity.aliases.is_empty() {
                line.push('\t');
                line.push_str(&e.entity.aliases.join(", "));
            }
            line
        };
        if !crate::pipe::written(writeln!(out, "{line}"))? {
            return Ok(ExitCode::SUCCESS);
        }
    }
    if !json {
        let n = file.registry().len();
        let entities = if n == 1 { "entity" } else { "entities" };
        eprintln!("{}: {n} {entities}", found.display());
    }
    Ok(ExitCode::SUCCESS)
}
