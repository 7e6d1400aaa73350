//! CSV: `STEM.annotations.csv` with one row per annotation, and `STEM.claims.csv` with one
//! row per claim (speaker, cue, status, rating, quotation, and the claim it answers). UTF-8
//! with a byte order mark, so that spreadsheet programs read the Arabic correctly.

use serde::{Deserialize, Serialize};

use super::{ExportError, OutputFile, Source};
use crate::model::AnnotationKind;

/// One row of the annotations table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnnotationRow {
    /// The article's file name.
    pub article: String,
    /// The annotation's id.
    pub id: String,
    /// actor, location or claim.
    pub kind: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The annotated words, as in the article.
    pub quote: String,
    /// The entity (a mention's entity, a claim's speaker).
    pub entity_id: String,
    /// Its canonical name.
    pub entity_name: String,
    /// ACLED actor type 1–8, if set.
    pub actor_type: String,
    /// Wikidata item, if set.
    pub wikidata: String,
    /// Latitude, if set.
    pub latitude: String,
    /// Longitude, if set.
    pub longitude: String,
    /// Country, admin1, admin2, admin3, joined with " / ".
    pub admin: String,
    /// Geo-precision 1–3, if set.
    pub precision: String,
    /// The annotation's note.
    pub note: String,
    /// Who made it.
    pub author: String,
    /// When it was made (RFC 3339).
    pub created: String,
}

/// One row of the claims table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// The article's file name.
    pub article: String,
    /// The claim's id.
    pub id: String,
    /// The claim's text.
    pub quote: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The speaker's entity id.
    pub speaker_id: String,
    /// The speaker's name.
    pub speaker: String,
    /// The cue (قال، نفى…).
    pub cue: String,
    /// Unverified, corroborated, disputed, denied or false.
    pub status: String,
    /// Admiralty source reliability A–F.
    pub reliability: String,
    /// Admiralty information credibility 1–6.
    pub credibility: String,
    /// direct or indirect.
    pub quotation: String,
    /// denies or disputes, if it answers another claim.
    pub relation: String,
    /// The id of the claim it answers.
    pub answers_id: String,
    /// The text of the claim it answers.
    pub answers_quote: String,
    /// The claim's note.
    pub note: String,
}

/// The two tables' rows.
pub fn rows(source: &Source<'_>) -> (Vec<AnnotationRow>, Vec<ClaimRow>) {
    let doc = source.document;
    let text = |o: Option<String>| o.unwrap_or_default();
    let mut annotations = Vec::new();
    let mut claims = Vec::new();
    for a in doc.annotations() {
        let entity = source.document.entity_of(a);
        let coordinates = entity.and_then(|e| e.coordinates);
        let admin = entity.map(|e| {
            [
                &e.admin.country,
                &e.admin.admin1,
                &e.admin.admin2,
                &e.admin.admin3,
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" / ")
        });
        annotations.push(AnnotationRow {
            article: source.file_name.clone(),
            id: a.id.to_string(),
            kind: a.kind.label().to_owned(),
            start: a.span.start,
            end: a.span.end,
            quote: a.span.quote.clone(),
            entity_id: text(entity.map(|e| e.id.to_string())),
            entity_name: text(entity.map(|e| e.name.clone())),
            actor_type: text(
                entity
                    .and_then(|e| e.actor_type)
                    .map(|t| u8::from(t).to_string()),
            ),
            wikidata: text(entity.and_then(|e| e.wikidata.clone())),
            latitude: text(coordinates.map(|c| c.lat.to_string())),
            longitude: text(coordinates.map(|c| c.lon.to_string())),
            admin: text(admin),
            precision: text(
                entity
                    .and_then(|e| e.precision)
                    .map(|p| u8::from(p).to_string()),
            ),
            note: a.note.clone(),
            author: a.author.clone(),
            created: a.created.to_string(),
        });
        let Some(c) = a.claim.as_ref().filter(|_| a.kind == AnnotationKind::Claim) else {
            continue;
        };
        let answered = c
            .answers
            .and_then(|r| doc.annotation(r.target).map(|t| (r, t)));
        claims.push(ClaimRow {
            article: source.file_name.clone(),
            id: a.id.to_string(),
            quote: a.span.quote.clone(),
            start: a.span.start,
            end: a.span.end,
            speaker_id: text(c.speaker.map(|s| s.to_string())),
            speaker: text(entity.map(|e| e.name.clone())),
            cue: text(c.cue.as_ref().map(|s| s.quote.clone())),
            status: c.status.name().to_owned(),
            reliability: text(c.reliability.map(|r| r.letter().to_owned())),
            credibility: text(c.credibility.map(|n| n.get().to_string())),
            quotation: c.quotation.name().to_owned(),
            relation: text(answered.map(|(r, _)| r.kind.name().to_owned())),
            answers_id: text(answered.map(|(_, t)| t.id.to_string())),
            answers_quote: text(answered.map(|(_, t)| t.span.quote.clone())),
            note: a.note.clone(),
        });
    }
    (annotations, claims)
}

/// The byte order mark written first, for spreadsheet programs.
pub const BOM: &str = "\u{FEFF}";

fn table<T: Serialize>(rows: &[T], header: &[&str]) -> Result<Vec<u8>, ExportError> {
    let mut out = BOM.as_bytes().to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .has_headers(!rows.is_empty())
            .from_writer(&mut out);
        if rows.is_empty() {
            writer
                .write_record(header)
                .map_err(|e| ExportError::Csv(e.to_string()))?;
        }
        for row in rows {
            writer
                .serialize(row)
                .map_err(|e| ExportError::Csv(e.to_string()))?;
        }
        writer
            .flush()
            .map_err(|e| ExportError::Csv(e.to_string()))?;
    }
    Ok(out)
}

pub(super) fn render(source: &Source<'_>) -> Result<Vec<OutputFile>, ExportError> {
    let (annotations, claims) = rows(source);
    Ok(vec![
        OutputFile {
            name: format!("{}.annotations.csv", source.stem),
            bytes: table(&annotations, ANNOTATION_COLUMNS)?,
        },
        OutputFile {
            name: format!("{}.claims.csv", source.stem),
            bytes: table(&claims, CLAIM_COLUMNS)?,
        },
    ])
}

/// The annotations table's columns, for an empty table's header.
const ANNOTATION_COLUMNS: &[&str] = &[
    "article",
    "id",
    "kind",
    "start",
    "end",
    "quote",
    "entity_id",
    "entity_name",
    "actor_type",
    "wikidata",
    "latitude",
    "longitude",
    "admin",
    "precision",
    "note",
    "author",
    "created",
];

/// The claims table's columns, for an empty table's header.
const CLAIM_COLUMNS: &[&str] = &[
    "article",
    "id",
    "quote",
    "start",
    "end",
    "speaker_id",
    "speaker",
    "cue",
    "status",
    "reliability",
    "credibility",
    "quotation",
    "relation",
    "answers_id",
    "answers_quote",
    "note",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The header written for an empty table is the one serde writes for a row.
    fn header_of<T: Serialize>(row: &T) -> Vec<String> {
        let mut out = Vec::new();
        ::csv::Writer::from_writer(&mut out).serialize(row).unwrap();
        let text = String::from_utf8(out).unwrap();
        let first = text.lines().next().unwrap().to_owned();
        first.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn empty_tables_get_the_header_of_their_rows() {
        assert_eq!(header_of(&AnnotationRow::default()), ANNOTATION_COLUMNS);
        assert_eq!(header_of(&ClaimRow::default()), CLAIM_COLUMNS);
    }
}
