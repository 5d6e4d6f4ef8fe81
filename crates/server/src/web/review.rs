//! `GET /editions/{edition}/countries/{country}/review`: the secretariat's review of one
//! response. The page is built in `pages::review`, which also renders it with a refused
//! decision beside its field.

pub use crate::pages::review::show;
