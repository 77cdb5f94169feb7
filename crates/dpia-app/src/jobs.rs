//! Reading and writing files off the app's lock, with a stage the page can show and a cancel.
//!
//! An import or export is prepared under the app's lock (the file behind the dialog's token, a
//! copy of what it needs), done without it on a thread of its own, and — for an import —
//! stored under the lock again. Such a job is known by the dialog token of its file, so the page
//! asks for its stage ([`Jobs::progress`], command `jobs_progress`) and cancels it
//! ([`Jobs::cancel`], command `jobs_cancel`) without waiting for the app's lock.
//!
//! Memory ceiling: one file job works at a time (the others wait in [`JobStage::Waiting`]), so
//! the app holds at most one document being read or written: reading is bounded by the
//! document readers' limits (`dpia_documents::embedded`: a document of at most 256 MiB read a
//! window at a time, at most 64 MiB per unpacked part), writing by the assessment (a
//! `.dpia.json` is at most 4 MiB).
//!
//! Cancelling answers at once: the page gets "cancelled" and nothing is stored or written. A
//! reader already at work runs to its own limit (at most about 2 s, `tests/hostile/`) on its
//! thread, keeps the slot meanwhile, and its result is dropped. Once a job has begun writing its
//! file or storing its assessment it can no longer be cancelled (a cancel then says so, and the
//! job finishes), so "cancelled" always means that nothing was written.

use crate::{ApiError, Result};
use dpia_i18n::{Lang, Messages};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::Duration;
use ts_rs::TS;

/// Where a file job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JobStage {
    /// Waiting for another file job to finish (one at a time).
    Waiting,
    /// Reading the chosen file.
    Reading,
    /// Checking what was read (the answers, the statement they are based on).
    Checking,
    /// Building and rendering the document.
    Rendering,
    /// Copying the database (a backup).
    Copying,
    /// Writing the file (can no longer be cancelled).
    Writing,
    /// Storing the imported assessment (can no longer be cancelled).
    Storing,
}

impl JobStage {
    /// From here on the job finishes whatever is asked.
    fn committed(self) -> bool {
        matches!(self, JobStage::Writing | JobStage::Storing)
    }
}

#[derive(Debug)]
struct State {
    stage: JobStage,
    cancelled: bool,
}

/// One running file job.
pub struct Job {
    state: Mutex<State>,
    /// Stops SQLite's part of a job (the database backup) at once.
    interrupt: Mutex<Option<dpia_store::InterruptHandle>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").field("state", &self.state).finish()
    }
}

impl Job {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn cancelled(&self) -> bool {
        self.state().cancelled
    }

    /// Moves on to `stage`. Returns false (and stays) when the job was cancelled: a committed
    /// stage is then never entered.
    pub(crate) fn enter(&self, stage: JobStage) -> bool {
        let mut s = self.state();
        if s.cancelled {
            return false;
        }
        s.stage = stage;
        true
    }

    pub(crate) fn set_interrupt(&self, handle: dpia_store::InterruptHandle) {
        *self.interrupt.lock().unwrap_or_else(|p| p.into_inner()) = Some(handle);
    }
}

/// The file jobs that run, by the token of their file; shared by the app and the shell (which
/// answers `jobs_progress` and `jobs_cancel` without the app's lock).
#[derive(Debug, Default)]
pub struct Jobs {
    live: Mutex<HashMap<String, Arc<Job>>>,
    /// Held by the one job that works; the others wait for it.
    slot: Arc<Mutex<()>>,
}

impl Jobs {
    fn live(&self) -> MutexGuard<'_, HashMap<String, Arc<Job>>> {
        self.live.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers a job for the file behind `token`; it is forgotten when the ticket is dropped.
    pub(crate) fn start(self: &Arc<Self>, token: &str) -> Ticket {
        let job = Arc::new(Job {
            state: Mutex::new(State {
                stage: JobStage::Waiting,
                cancelled: false,
            }),
            interrupt: Mutex::new(None),
        });
        self.live().insert(token.to_string(), job.clone());
        Ticket {
            jobs: self.clone(),
            token: token.to_string(),
            job,
        }
    }

    /// The stage of the job on the file behind `token`; `None` when none runs (not started
    /// yet, or done). (Command `jobs_progress`.)
    pub fn progress(&self, token: &str) -> Option<JobStage> {
        self.live().get(token).map(|j| j.state().stage)
    }

    /// Cancels the job on the file behind `token`. True when it is cancelled (nothing will be
    /// written or stored); false when there is none or it is already writing or storing, and
    /// then finishes. (Command `jobs_cancel`.)
    pub fn cancel(&self, token: &str) -> bool {
        let Some(job) = self.live().get(token).cloned() else {
            return false;
        };
        {
            let mut s = job.state();
            if s.stage.committed() {
                return false;
            }
            s.cancelled = true;
        }
        if let Some(h) = job
            .interrupt
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            h.interrupt();
        }
        true
    }
}

/// A registered job; dropping it forgets the job.
#[derive(Debug)]
pub struct Ticket {
    jobs: Arc<Jobs>,
    token: String,
    job: Arc<Job>,
}

impl Ticket {
    pub(crate) fn job(&self) -> &Arc<Job> {
        &self.job
    }

    /// Runs `work` on a thread of its own once no other file job works, and waits for its
    /// result or for a cancel, whichever comes first. `lang` words "cancelled".
    pub(crate) fn run<T: Send + 'static>(
        &self,
        lang: Lang,
        work: impl FnOnce(&Job) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = mpsc::channel();
        let slot = self.jobs.slot.clone();
        let job = self.job.clone();
        let spawned = std::thread::Builder::new()
            .name("dpia-file-job".into())
            .spawn(move || {
                let _one_at_a_time = slot.lock().unwrap_or_else(|p| p.into_inner());
                if job.cancelled() {
                    return;
                }
                let _ = tx.send(work(&job));
            });
        if let Err(e) = spawned {
            return Err(ApiError::of(
                &Messages::new(lang),
                "job_failed",
                &[("reason", e.to_string().into())],
            ));
        }
        loop {
            match rx.recv_timeout(Duration::from_millis(40)) {
                Ok(result) => return result,
                Err(mpsc::RecvTimeoutError::Timeout) if self.job.cancelled() => {
                    return Err(cancelled(lang));
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                // The worker stopped without an answer: it was cancelled, or it panicked.
                Err(mpsc::RecvTimeoutError::Disconnected) if self.job.cancelled() => {
                    return Err(cancelled(lang));
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(ApiError::of(
                        &Messages::new(lang),
                        "job_failed",
                        &[("reason", "the worker stopped".into())],
                    ));
                }
            }
        }
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut live = self.jobs.live();
        if live
            .get(&self.token)
            .is_some_and(|j| Arc::ptr_eq(j, &self.job))
        {
            live.remove(&self.token);
        }
    }
}

/// "Cancelled: nothing was written or stored."
pub(crate) fn cancelled(lang: Lang) -> ApiError {
    ApiError::of(&Messages::new(lang), "cancelled", &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_cancel_answers_at_once_and_jobs_run_one_at_a_time() {
        let jobs = Arc::new(Jobs::default());
        let slow = jobs.start("a");
        assert_eq!(jobs.progress("a"), Some(JobStage::Waiting));
        let (started_tx, started) = mpsc::channel();
        let worker = std::thread::spawn(move || {
            slow.run(Lang::En, move |job| {
                assert!(job.enter(JobStage::Reading));
                started_tx.send(()).unwrap();
                std::thread::sleep(Duration::from_millis(600));
                Ok(1)
            })
        });
        started.recv().unwrap();
        assert_eq!(jobs.progress("a"), Some(JobStage::Reading));
        // A second job waits for the slot.
        let second = jobs.start("b");
        let waiting = Arc::new(Mutex::new(None));
        let w = waiting.clone();
        let t0 = Instant::now();
        assert!(jobs.cancel("a"));
        let r = worker.join().unwrap();
        assert_eq!(r.unwrap_err().code, "cancelled");
        assert!(
            t0.elapsed() < Duration::from_millis(400),
            "answered at once"
        );
        let got = second.run(Lang::En, move |job| {
            *w.lock().unwrap() = Some(Instant::now());
            assert!(job.enter(JobStage::Writing));
            Ok(2)
        });
        assert_eq!(got.unwrap(), 2);
        let began = waiting.lock().unwrap().unwrap();
        assert!(
            began.duration_since(t0) > Duration::from_millis(400),
            "the second job waited until the cancelled reader stopped"
        );
        // A job that writes can no longer be cancelled; finished jobs are forgotten.
        let third = jobs.start("c");
        assert!(third.job().enter(JobStage::Writing));
        assert!(!jobs.cancel("c"));
        drop(third);
        assert_eq!(jobs.progress("c"), None);
        assert!(!jobs.cancel("nothing"));
    }
}
