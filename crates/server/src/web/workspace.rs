//! `GET /editions/{edition}/countries/{country}`: a country's workspace (the questionnaire), and
//! `POST …/answers/{question}`: one answer saved (autosave, or the form without JavaScript). The
//! page is built in `pages::workspace`, which also renders it with a refused evidence form.

pub use crate::pages::workspace::{save, show};
