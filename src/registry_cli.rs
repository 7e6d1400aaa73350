//! `marsad registry`: make a folder a corpus (`init`), list the entities of the registry an
//! article or folder belongs to (`list`), and merge two of them (`merge`). Messages are the
//! command line's English.

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
        RegistryAction::Merge {
            path,
            survivor,
            absorbed,
        } => merge(&path, &survivor, &absorbed),
    }
}

/// The registry file `path` (an article or a folder) belongs to.
fn registry_of(path: &Path) -> anyhow::Result<std::path::PathBuf> {
    // A folder is looked in itself first; an article from its folder.
    let found = if path.is_dir() {
        registry::locate_from(path, std::env::var_os("HOME").as_deref().map(Path::new))
    } else {
        registry::locate(path)
    };
    found.ok_or_else(|| {
        anyhow::anyhow!(
            "{}: belongs to no corpus: there is no {REGISTRY_FILE_NAME} in its folder or above \
             (marsad registry init FOLDER makes one)",
            path.display()
        )
    })
}

/// The entity `given` names: its id, or its exact canonical name (refused when several
/// entities have it).
fn entity_named(file: &RegistryFile, given: &str) -> anyhow::Result<crate::model::EntityId> {
    let registry = file.registry();
    if let Ok(uuid) = given.trim().parse::<uuid::Uuid>() {
        let id = crate::model::EntityId(uuid);
        return registry.resolve(id).map(|e| e.entity.id).ok_or_else(|| {
            anyhow::anyhow!("{}: no entity has the id {id}", file.path().display())
        });
    }
    let named: Vec<_> = registry
        .entities()
        .filter(|e| e.entity.name == given.trim())
        .map(|e| e.entity.id)
        .collect();
    match named[..] {
        [id] => Ok(id),
        [] => anyhow::bail!("{}: no entity is named «{given}»", file.path().display()),
        _ => anyhow::bail!(
            "{}: {} entities are named «{given}»: give the id of one (marsad registry list)",
            file.path().display(),
            named.len()
        ),
    }
}

fn merge(path: &Path, survivor: &str, absorbed: &str) -> anyhow::Result<ExitCode> {
    let found = registry_of(path)?;
    let mut file = RegistryFile::open(&found).map_err(|e| anyhow::anyhow!("{e}"))?;
    let (kept, gone) = (
        entity_named(&file, survivor)?,
        entity_named(&file, absorbed)?,
    );
    let names = |id| {
        file.registry()
            .get(id)
            .map(|e| e.entity.name.clone())
            .unwrap_or_default()
    };
    let (kept_name, gone_name) = (names(kept), names(gone));
    file.registry_mut()
        .merge(kept, gone)
        .map_err(|e| anyhow::anyhow!("{}: not merged: {e}", found.display()))?;
    let saved = file.save().map_err(|e| anyhow::anyhow!("{e}"))?;
    if !saved.conflicts.is_empty() {
        eprintln!(
            "{}: {} entities were changed by another writer meanwhile; this change was kept",
            found.display(),
            saved.conflicts.len()
        );
    }
    println!(
        "{}: merged «{gone_name}» ({gone}) into «{kept_name}» ({kept})",
        found.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn list(path: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let found = registry_of(path)?;
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
