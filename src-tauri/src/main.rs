//! Starts the DPIA Helper desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    dpia_helper_lib::run(std::time::Instant::now());
}
