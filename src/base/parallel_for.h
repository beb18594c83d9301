// ParallelFor: calls fn(i) for every i in [0, n) on up to `jobs` threads (the
// calling thread included), and returns when all calls have returned.
//
//   std::vector<Parsed> parsed(files.size());
//   ParallelFor(files.size(), jobs, [&](size_t i) { parsed[i] = Parse(files[i]); });
//
// Each index is taken once, in no fixed order: `fn` must write only to its own
// index's results, and the results, not the order, make the output. `fn` must
// not throw. With jobs <= 1 or n <= 1 it runs in order on the calling thread.
#ifndef FACTLINT_BASE_PARALLEL_FOR_H_
#define FACTLINT_BASE_PARALLEL_FOR_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace factlint {

template <typename Fn>
void ParallelFor(size_t n, size_t jobs, Fn&& fn) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  std::vector<std::thread> threads;
  const size_t extra = std::min(jobs, n) - 1;
  threads.reserve(extra);
  for (size_t t = 0; t < extra; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
}

}  // namespace factlint

#endif  // FACTLINT_BASE_PARALLEL_FOR_H_
