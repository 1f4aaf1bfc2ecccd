# Cross-compiling for Windows x86-64 from Debian with MinGW-w64 (g++ 12, posix threads: the
# thread model std::thread and Qt's MinGW build need).
#   cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake \
#         -DCMAKE_PREFIX_PATH=<Qt for MinGW> -DQT_HOST_PATH=/usr \
#         -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
# scripts/bootstrap.sh windows does all of it.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(SOCKETLAB_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${SOCKETLAB_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${SOCKETLAB_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${SOCKETLAB_MINGW_TRIPLET}-windres)

# Libraries, headers and CMake packages come from the MinGW sysroot and the Qt prefix; programs
# (moc, rcc, lupdate...) always from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${SOCKETLAB_MINGW_TRIPLET} ${CMAKE_PREFIX_PATH})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Where the MinGW runtime DLLs live (the installer and the Wine test runner need them).
set(SOCKETLAB_MINGW_RUNTIME_DIRS
    /usr/lib/gcc/${SOCKETLAB_MINGW_TRIPLET}/12-posix
    /usr/${SOCKETLAB_MINGW_TRIPLET}/lib
    CACHE STRING "Folders holding libstdc++-6.dll, libgcc_s_seh-1.dll and libwinpthread-1.dll")

# pkg-config must not hand the host's Linux libraries (fontconfig, libpcap) to a Windows build.
set(ENV{PKG_CONFIG_LIBDIR} /usr/${SOCKETLAB_MINGW_TRIPLET}/lib/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")
