# Manual pages, English (man1/socketlab.1) and Brazilian Portuguese (pt_BR/man1/socketlab.1),
# made by help2man from the built binary's own --help and --version in each language: the
# options in the manual are the ones the command line has (tests/tst_manpage.sh checks it).
# What --help cannot say (exit status, files, see also) is in packaging/man/socketlab.*.h2m.

find_program(SOCKETLAB_HELP2MAN help2man)
if(NOT SOCKETLAB_HELP2MAN)
    message(STATUS "help2man not found: no manual pages (Debian: apt install help2man locales)")
    return()
endif()

set(SOCKETLAB_MAN_DIR ${PROJECT_BINARY_DIR}/man)
set(SOCKETLAB_MAN_PAGES)
foreach(language en pt_BR)
    set(page ${SOCKETLAB_MAN_DIR}/${language}/socketlab.1)
    set(include_file ${CMAKE_CURRENT_LIST_DIR}/man/socketlab.${language}.h2m)
    add_custom_command(
        OUTPUT ${page} ${page}.gz
        COMMAND ${CMAKE_COMMAND} -DHELP2MAN=${SOCKETLAB_HELP2MAN} -DPROGRAM=$<TARGET_FILE:socketlab>
                -DLANGUAGE=${language} -DINCLUDE_FILE=${include_file} -DOUTPUT=${page}
                -DWORK_DIR=${SOCKETLAB_MAN_DIR} -P ${CMAKE_CURRENT_LIST_DIR}/make-manpage.cmake
        DEPENDS socketlab ${include_file} ${CMAKE_CURRENT_LIST_DIR}/make-manpage.cmake
        COMMENT "Manual page (${language}) from socketlab --help"
        VERBATIM
    )
    list(APPEND SOCKETLAB_MAN_PAGES ${page}.gz)
endforeach()
add_custom_target(socketlab_manpages ALL DEPENDS ${SOCKETLAB_MAN_PAGES})

install(FILES ${SOCKETLAB_MAN_DIR}/en/socketlab.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SOCKETLAB_MAN_DIR}/pt_BR/socketlab.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/pt_BR/man1)
