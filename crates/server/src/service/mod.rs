//! What pages and the API share: accounts and links, answers and progress, evidence files, the
//! demonstration installation, and TOTP.

pub mod accounts;
pub mod answers;
pub mod deadlines;
pub mod demo;
pub mod demo_drills;
pub mod drills;
pub mod editions;
pub mod evidence;
pub mod notify;
pub mod publish;
pub mod reach;
pub mod review;
pub mod security_txt;
pub mod totp;
pub mod webhooks;
