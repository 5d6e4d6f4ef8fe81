//! Pages that more than one handler renders: the page itself (its `GET` handler), and the same
//! page again with a refused form beside its field (the `POST` handler of that form). The
//! handler files in `web/` stay one resource action each and never import one another; what
//! they share lives here.

pub mod review;
pub mod team_form;
pub mod workspace;
