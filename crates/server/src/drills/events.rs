//! `GET /drills/{id}/events` (the console) and `GET /drills/play/events` (a seat): server-sent
//! events, one `changed` event each time the drill changes (a step, an inject released, a
//! response, a verdict) in a way the page shows: a seat of one team hears the drill's steps,
//! the releases that reach its team and its team's responses and verdicts, not another
//! team's (`state::DrillChange`). The event carries nothing but the drill's id: the page reloads
//! itself, through the same permission checks as any request (`static/app.js`), and says so
//! instead when the reader is writing. Where the stream is blocked (a proxy, no JavaScript)
//! every page works by reloading. A stream ends after [`STREAM_SECONDS`]; the browser
//! reconnects, so that no request outlives the server's request time limit.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use tokio::sync::broadcast::error::RecvError;

use super::Seat;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use cyberindex_workflow::drill::{Access, View};

/// How long one stream lasts before the browser reconnects.
pub const STREAM_SECONDS: u64 = 240;

/// The events of drill `id` for `team`'s seats (`None`: the console, or a seat that follows
/// every team).
fn stream(
    state: &AppState,
    id: i64,
    team: Option<String>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>> + use<>> {
    let receiver = state.drill_events.subscribe();
    let until = tokio::time::Instant::now() + Duration::from_secs(STREAM_SECONDS);
    let events = futures_util::stream::unfold(receiver, move |mut receiver| {
        let team = team.clone();
        async move {
            loop {
                let changed = tokio::time::timeout_at(until, receiver.recv()).await.ok()?;
                match changed {
                    Ok(changed) if !changed.concerns(id, team.as_deref()) => continue,
                    // Missed events may have been this drill's: say it changed.
                    Ok(_) | Err(RecvError::Lagged(_)) => {
                        let event = Event::default()
                            .event("changed")
                            .data(id.to_string())
                            .retry(Duration::from_secs(3));
                        return Some((Ok(event), receiver));
                    }
                    Err(RecvError::Closed) => return None,
                }
            }
        }
    });
    Sse::new(events).keep_alive(KeepAlive::default())
}

pub async fn console(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    view.console()?;
    Ok(stream(&state, id, None))
}

pub async fn seat(
    State(state): State<AppState>,
    Seat(view): Seat,
) -> AppResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let team = match view.access {
        Access::Player { team }
        | Access::Observer { team: Some(team) }
        | Access::Evaluator { team: Some(team) } => Some(team),
        _ => None,
    };
    Ok(stream(&state, view.drill.id, team))
}
