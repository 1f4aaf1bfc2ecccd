// Google Benchmark's main with a Qt application object around it: the models format numbers
// through QLocale and the log view needs a QApplication (run it with QT_QPA_PLATFORM=offscreen).
#include <benchmark/benchmark.h>

#ifdef SOCKETLAB_BENCH_WIDGETS
#include <QApplication>
using BenchApplication = QApplication;
#else
#include <QCoreApplication>
using BenchApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
