# tests/windows.cmake: the Windows build's suite (cross-built with MinGW-w64), run by CTest under
# Wine through scripts/wine-run.sh (CMAKE_CROSSCOMPILING_EMULATOR). Included by CMakeLists.txt
# instead of the Linux list. QT_QPA_PLATFORM=minimal (Qt 6.4 has no offscreen plugin on Windows),
# or windows under Xvfb for tests that show and expose windows (WINDOWED).
#
# Left out here, each for its reason:
# - tst_serverlimits: its crowds are python3 processes holding thousands of sockets, with Linux's
#   descriptor limits.
# - tst_kernelsockettable, tst_sparedescriptor: Linux's socket table (tst_windowssockettable
#   tests Windows's) and descriptor limits.
# - tst_headless, tst_abusivedata, tst_nothinglost: their command-line cases run against
#   socketlab.exe under Wine from the Linux build (tests/wine-headless.sh, run by
#   scripts/windows.sh), so their python3 peers stay Linux programs.
# Peers of the Linux host (python3, nc, socat) run through tests/support/hostprocess_win.cpp:
# under Wine 8 a QProcess cannot find "python3" by name, and a "/usr/bin/python3" it starts gives
# back none of its output and never seems to end, so the peer runs through /bin/sh with files.
# - tst_capturesession, tst_capturepanel: libpcap (Linux only); Windows captures with dumpcap.
# - tst_translations: runs the host's lupdate (the Linux suite covers it).
# - tst_startupprobe: the first-frame probe takes the process start from /proc (Linux).
# - tst_packaging: the .deb; the Windows packages have tst_windows_installer.sh.
get_filename_component(SOCKETLAB_QT_PREFIX "${Qt6_DIR}/../../.." ABSOLUTE)
set(CMAKE_CROSSCOMPILING_EMULATOR
    /usr/bin/env SOCKETLAB_QT_PREFIX=${SOCKETLAB_QT_PREFIX} bash ${PROJECT_SOURCE_DIR}/scripts/wine-run.sh)

function(socketlab_add_wine_test name)
    cmake_parse_arguments(ARG "WINDOWED" "" "LIBS" ${ARGN})
    add_executable(${name} ${name}.cpp)
    target_link_libraries(${name} PRIVATE Qt6::Test socketlab_testsupport ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(platform minimal)
    if(ARG_WINDOWED)
        set(platform windows)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=${platform}" TIMEOUT 300)
    # One windowed test at a time: under Wine a windowed process that ends while another one
    # shows windows on the same desktop does not exit until that one has (seen: 20 s of tests
    # ending after 300 s).
    if(ARG_WINDOWED)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK wine_desktop)
    endif()
endfunction()

socketlab_add_wine_test(tst_endpoint LIBS socketlab_network)
socketlab_add_wine_test(tst_eventbatcher LIBS socketlab_network)
socketlab_add_wine_test(tst_lineframer LIBS socketlab_network)
socketlab_add_wine_test(tst_replypolicy LIBS socketlab_network)
socketlab_add_wine_test(tst_addressparsing LIBS socketlab_network)
socketlab_add_wine_test(tst_burstmessages LIBS socketlab_network)
# Raw socket peers through tests/support/rawsocket_win.cpp (Winsock).
socketlab_add_wine_test(tst_tcpserversession LIBS socketlab_network)
socketlab_add_wine_test(tst_tcpconnectionpool LIBS socketlab_network)
socketlab_add_wine_test(tst_portchecker LIBS socketlab_network)
socketlab_add_wine_test(tst_tcpclientsession LIBS socketlab_network)
socketlab_add_wine_test(tst_udpsession LIBS socketlab_network socketlab_model)
socketlab_add_wine_test(tst_interop LIBS socketlab_network)
socketlab_add_wine_test(tst_peerfaults LIBS socketlab_model)
set_tests_properties(tst_peerfaults PROPERTIES TIMEOUT 600)
# GetExtendedTcpTable / GetExtendedUdpTable (tst_kernelsockettable covers Linux's table).
socketlab_add_wine_test(tst_windowssockettable LIBS socketlab_network)
# Wine's tables list every socket of the Linux host: slow where thousands wait in TIME-WAIT.
set_tests_properties(tst_windowssockettable PROPERTIES TIMEOUT 600)
socketlab_add_wine_test(tst_packetdecoder LIBS socketlab_network)
socketlab_add_wine_test(tst_dumpcapcapture LIBS socketlab_network)
socketlab_add_wine_test(tst_capturestream LIBS socketlab_network)
socketlab_add_wine_test(tst_payloadtext LIBS socketlab_model)
socketlab_add_wine_test(tst_connectiontablemodel LIBS socketlab_model)
socketlab_add_wine_test(tst_messagelogmodel LIBS socketlab_model)
socketlab_add_wine_test(tst_primitivetimelinemodel LIBS socketlab_model)
socketlab_add_wine_test(tst_socketstatemodel LIBS socketlab_model)
socketlab_add_wine_test(tst_guidedexercises LIBS socketlab_model)
socketlab_add_wine_test(tst_labreport LIBS socketlab_model Qt6::Gui)
socketlab_add_wine_test(tst_serverpage WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_clientpages WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_ladder LIBS socketlab_model)
socketlab_add_wine_test(tst_labeltone WINDOWED LIBS socketlab_widgets)
socketlab_add_wine_test(tst_wrappedlabel WINDOWED LIBS socketlab_widgets)
socketlab_add_wine_test(tst_helppanel WINDOWED LIBS socketlab_widgets)
file(GLOB help_pages RELATIVE "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/resources/help/*/*.html")
list(TRANSFORM help_pages PREPEND "${PROJECT_SOURCE_DIR}/")
qt_add_resources(tst_helppanel "help" PREFIX "/help" BASE "${PROJECT_SOURCE_DIR}/resources/help" FILES ${help_pages})
socketlab_add_wine_test(tst_accessibility WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_networktoolspage WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_literaldisplay WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_badinput WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_windowwords WINDOWED LIBS socketlab_app)
socketlab_add_wine_test(tst_screenfit WINDOWED LIBS socketlab_app)
