//! Entities: the actors and locations that mentions point to.

use serde::{Deserialize, Serialize};

use super::ids::EntityId;

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// Who acts: a person, force, group or institution.
    Actor,
    /// Where: a place.
    Location,
}

/// An actor's type on ACLED's scale, stored as its number 1–8.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum ActorType {
    /// 1: state forces.
    StateForces = 1,
    /// 2: rebel groups.
    RebelGroup = 2,
    /// 3: political militias.
    PoliticalMilitia = 3,
    /// 4: identity militias.
    IdentityMilitia = 4,
    /// 5: rioters.
    Rioters = 5,
    /// 6: protesters.
    Protesters = 6,
    /// 7: civilians.
    Civilians = 7,
    /// 8: external or other forces.
    ExternalForces = 8,
}

impl ActorType {
    /// All types in codebook order.
    pub const ALL: [Self; 8] = [
        Self::StateForces,
        Self::RebelGroup,
        Self::PoliticalMilitia,
        Self::IdentityMilitia,
        Self::Rioters,
        Self::Protesters,
        Self::Civilians,
        Self::ExternalForces,
    ];

    /// The codebook label.
    pub fn label(self) -> &'static str {
        match self {
            Self::StateForces => "State forces",
            Self::RebelGroup => "Rebel group",
            Self::PoliticalMilitia => "Political militia",
            Self::IdentityMilitia => "Identity militia",
            Self::Rioters => "Rioters",
            Self::Protesters => "Protesters",
            Self::Civilians => "Civilians",
            Self::ExternalForces => "External/other forces",
        }
    }
}

impl TryFrom<u8> for ActorType {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Self::ALL
            .get(usize::from(n).wrapping_sub(1))
            .copied()
            .ok_or_else(|| format!("actor type {n} is not on ACLED's scale of 1 to 8"))
    }
}

impl From<ActorType> for u8 {
    fn from(t: ActorType) -> u8 {
        t as u8
    }
}

/// How precisely a place is known, ACLED's geo-precision 1–3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum GeoPrecision {
    /// 1: the named town or village itself.
    Exact = 1,
    /// 2: near the place, or part of a region.
    Near = 2,
    /// 3: only the region (admin area) is known.
    Region = 3,
}

impl TryFrom<u8> for GeoPrecision {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        match n {
            1 => Ok(Self::Exact),
            2 => Ok(Self::Near),
            3 => Ok(Self::Region),
            _ => Err(format!("geo-precision {n} is not 1, 2 or 3")),
        }
    }
}

impl From<GeoPrecision> for u8 {
    fn from(p: GeoPrecision) -> u8 {
        p as u8
    }
}

/// WGS 84 coordinates in decimal degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    /// Latitude, −90 to 90.
    pub lat: f64,
    /// Longitude, −180 to 180.
    pub lon: f64,
}

impl Coordinates {
    /// Whether both values are finite and in range.
    pub fn is_valid(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

/// Administrative areas of a place, country first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdminAreas {
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// First-level area (governorate, state, province).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Second-level area (district).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    /// Third-level area (sub-district).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin3: Option<String>,
}

impl AdminAreas {
    /// Whether no area is set.
    pub fn is_empty(&self) -> bool {
        self.country.is_none()
            && self.admin1.is_none()
            && self.admin2.is_none()
            && self.admin3.is_none()
    }
}

/// An actor or a location that mentions refer to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Stable id.
    pub id: EntityId,
    /// Actor or location.
    pub kind: EntityKind,
    /// The canonical name, e.g. فلاديمير بوتين.
    pub name: String,
    /// Other names it goes by, e.g. بوتين, الرئيس الروسي.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// For actors: ACLED type 1–8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_type: Option<ActorType>,
    /// Wikidata item, e.g. `Q7747`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// For places: coordinates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    /// For places: administrative areas.
    #[serde(default, skip_serializing_if = "AdminAreas::is_empty")]
    pub admin: AdminAreas,
    /// For places: how precisely the place is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<GeoPrecision>,
    /// Free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Entity {
    /// A new entity with only a kind and a name.
    pub fn new(kind: EntityKind, name: impl Into<String>) -> Self {
        Self {
            id: EntityId::new(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            actor_type: None,
            wikidata: None,
            coordinates: None,
            admin: AdminAreas::default(),
            precision: None,
            note: String::new(),
        }
    }
}

/// Whether a string is a Wikidata item id (`Q` and digits).
pub fn is_wikidata_id(s: &str) -> bool {
    s.strip_prefix('Q')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}
