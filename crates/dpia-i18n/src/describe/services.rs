//! Services named in lists: by name, by letter after a legend, or "all services used".

use super::*;
use crate::messages::Messages;
use dpia_statement::Statement;

/// The names of services in statement order, joined; "all services" when they are all of them.
pub fn service_list(m: &Messages, st: &Statement, ids: &[&str]) -> String {
    service_list_in(m, st, &[], ids)
}

/// As [`service_list`], and "all services used" when `ids` are all of the `used` ones (more
/// than one).
pub fn service_list_in(m: &Messages, st: &Statement, used: &[&str], ids: &[&str]) -> String {
    service_list_with(m, st, used, ids, false)
}

/// How a document names a service once the legend has introduced the letters: "a, b, e".
pub(crate) fn service_list_with(
    m: &Messages,
    st: &Statement,
    used: &[&str],
    ids: &[&str],
    letters: bool,
) -> String {
    let ordered = in_statement_order(st, ids);
    if ordered.len() > 1
        && ordered.len() == st.services.list.len()
        && ordered.iter().all(|id| st.service(id).is_some())
    {
        return m.get("trigger-all-services");
    }
    if ordered.len() > 1 && ordered == in_statement_order(st, used) {
        return m.get("trigger-all-used-services");
    }
    ordered
        .iter()
        .map(|id| match st.service(id) {
            Some(sv) if letters && !sv.letter.is_empty() => sv.letter.clone(),
            _ => service(m, st, id),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Services by their letters ("a, b, e"), or "all services used".
pub fn service_letters(m: &Messages, st: &Statement, used: &[&str], ids: &[&str]) -> String {
    service_list_with(m, st, used, ids, true)
}

/// The legend of the service letters a document uses: "a Template- en maatwerkrapportages;
/// b KPI Connectoren".
pub fn service_legend(m: &Messages, st: &Statement, ids: &[&str]) -> String {
    in_statement_order(st, ids)
        .iter()
        .filter_map(|id| st.service(id))
        .map(|sv| format!("{} {}", sv.letter, sv.name.get(m.lang())))
        .collect::<Vec<_>>()
        .join("; ")
}

pub(crate) fn in_statement_order<'a>(st: &Statement, ids: &[&'a str]) -> Vec<&'a str> {
    let mut ordered: Vec<&str> = ids.to_vec();
    let rank = |id: &str| st.services.list.iter().position(|s| s.id == id);
    ordered.sort_by_key(|id| (rank(id), id.to_string()));
    ordered.dedup();
    ordered
}
