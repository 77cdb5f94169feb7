//! The legal grounds the client names for special categories (GDPR Art. 9(2) with the UAVG
//! article and its scope), the BSN (the statute, UAVG art. 46) and criminal data (Art. 10, UAVG
//! arts. 31–33).

use super::*;

/// The legal grounds the client relies on for special, criminal and national-ID data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUps {
    /// Per special category: the GDPR Art. 9(2) ground and the UAVG exception relied on.
    #[serde(default)]
    pub special_category_exceptions: BTreeMap<DataCategory, SpecialBasis>,
    /// The law that prescribes or allows use of the BSN (UAVG art. 46).
    #[serde(default)]
    pub bsn_basis: BsnBasis,
    /// The GDPR Art. 10 / UAVG arts. 31–33 basis for criminal data.
    #[serde(default)]
    pub criminal_basis: CriminalBasis,
}

/// The exception for one special category: the Art. 9(2) ground, where Dutch law applies the UAVG
/// article with its scope, and a note (the free text of version 1 files lands here). Where the
/// category concerns more than one group of people, each group has its own exception
/// (`by_group`, version 3): one exception rarely covers both patients and staff.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct SpecialBasis {
    #[serde(default)]
    pub ground: Option<Art9Ground>,
    #[serde(default)]
    pub uavg: Option<UavgException>,
    #[serde(default)]
    pub note: String,
    /// Per group of people: the exception for that group's data.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<SubjectGroup, GroupBasis>>")]
    pub by_group: BTreeMap<SubjectGroup, GroupBasis>,
}

impl SpecialBasis {
    /// A ground is chosen or written down.
    pub fn given(&self) -> bool {
        self.ground.is_some() || !self.note.trim().is_empty()
    }

    /// The exception that covers `group`: its own, or else the category's.
    pub fn for_group(&self, group: SubjectGroup) -> GroupBasis {
        match self.by_group.get(&group).filter(|g| g.given()) {
            Some(g) => g.clone(),
            None => GroupBasis {
                ground: self.ground,
                uavg: self.uavg,
                note: self.note.clone(),
            },
        }
    }
}

/// The exception for one group of people's data within a special category.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct GroupBasis {
    #[serde(default)]
    pub ground: Option<Art9Ground>,
    #[serde(default)]
    pub uavg: Option<UavgException>,
    #[serde(default)]
    pub note: String,
}

impl GroupBasis {
    pub fn given(&self) -> bool {
        self.ground.is_some() || !self.note.trim().is_empty()
    }
}

/// The statutory basis for the BSN: a law from the list, or "other, namely …".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct BsnBasis {
    #[serde(default)]
    pub statute: Option<BsnStatute>,
    /// For `other`: which law.
    #[serde(default)]
    pub other: String,
    #[serde(default)]
    pub note: String,
}

impl BsnBasis {
    /// A law is chosen (and named, for "other") or written down.
    pub fn given(&self) -> bool {
        match self.statute {
            Some(BsnStatute::Other) => {
                !self.other.trim().is_empty() || !self.note.trim().is_empty()
            }
            Some(_) => true,
            None => !self.note.trim().is_empty(),
        }
    }
}

/// The basis for criminal data: GDPR Art. 10 with a UAVG article (31–33), and a note.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CriminalBasis {
    #[serde(default)]
    pub uavg: Option<UavgCriminal>,
    #[serde(default)]
    pub note: String,
}

impl CriminalBasis {
    pub fn given(&self) -> bool {
        self.uavg.is_some() || !self.note.trim().is_empty()
    }
}

id_enum! {
    /// GDPR Art. 9(2), points (a) to (j).
    Art9Ground {
        /// Explicit consent.
        A = "a",
        /// Employment, social security and social protection law.
        B = "b",
        /// Vital interests of a person unable to consent.
        C = "c",
        /// A foundation, association or other not-for-profit body, for its members.
        D = "d",
        /// Data manifestly made public by the data subject.
        E = "e",
        /// Legal claims, or courts acting in their judicial capacity.
        F = "f",
        /// Substantial public interest, on the basis of Union or Member State law.
        G = "g",
        /// Preventive or occupational medicine, diagnosis, health or social care.
        H = "h",
        /// Public health.
        I = "i",
        /// Archiving in the public interest, scientific or historical research, statistics.
        J = "j",
    }
}

id_enum! {
    /// The UAVG articles with exceptions for special categories (arts. 22–30), each with its scope.
    UavgException {
        /// Art. 22 lid 2: general exceptions (explicit consent, vital interests, a foundation or
        /// association, manifestly made public, legal claims).
        Art22 = "22_2",
        /// Art. 23: general exceptions (international law, substantial public interest by law …).
        Art23 = "23",
        /// Art. 24: scientific or historical research, statistics.
        Art24 = "24",
        /// Art. 25: racial or ethnic origin.
        Art25 = "25",
        /// Art. 26: political opinions.
        Art26 = "26",
        /// Art. 27: religious or philosophical beliefs.
        Art27 = "27",
        /// Art. 28: genetic data.
        Art28 = "28",
        /// Art. 29: biometric data, where needed for authentication or security.
        Art29 = "29",
        /// Art. 30 lid 1 onder a (with GDPR Art. 9(2)(b)): administrative bodies, pension funds and
        /// employers — statutory rules, pension schemes or collective agreements with claims that
        /// depend on health.
        Art30Lid1A = "30_1_a",
        /// Art. 30 lid 1 onder b: the same — reintegration or support of employees or benefit
        /// recipients in connection with illness or incapacity for work (sick leave).
        Art30Lid1B = "30_1_b",
        /// Art. 30 lid 2 onder a (with GDPR Art. 9(2)(g)): schools — special support of pupils.
        Art30Lid2A = "30_2_a",
        /// Art. 30 lid 2, another point than a.
        Art30Lid2 = "30_2",
        /// Art. 30 lid 3 onder a (with GDPR Art. 9(2)(h)): care providers — treatment or care of
        /// the data subject, or management of the institution.
        Art30Lid3A = "30_3_a",
        /// Art. 30 lid 3 onder b: insurers.
        Art30Lid3B = "30_3_b",
        /// Another article, named in the note.
        Other = "other",
    }
}

id_enum! {
    /// Laws that prescribe or allow use of the BSN (UAVG art. 46).
    BsnStatute {
        /// Wet aanvullende bepalingen verwerking persoonsgegevens in de zorg (care providers).
        Wabvpz = "wabvpz",
        /// Wet op de loonbelasting 1964 (payroll).
        WetLoonbelasting = "wet_loonbelasting",
        /// Zorgverzekeringswet (health insurers).
        Zorgverzekeringswet = "zorgverzekeringswet",
        /// Participatiewet (municipalities: social assistance).
        Participatiewet = "participatiewet",
        /// Wet algemene bepalingen burgerservicenummer (government bodies).
        Wabb = "wabb",
        /// Another law, named in `other`.
        Other = "other",
    }
}

id_enum! {
    /// The UAVG articles for criminal data (GDPR Art. 10).
    UavgCriminal {
        /// Art. 31: processing under the supervision of official authority.
        Art31 = "31",
        /// Art. 32: general exceptions.
        Art32 = "32",
        /// Art. 33: specific exceptions (e.g. for the controller's own staff or for third parties).
        Art33 = "33",
        /// Another basis, named in the note.
        Other = "other",
    }
}
