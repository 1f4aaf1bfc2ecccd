# cmake -DHELP2MAN=… -DPROGRAM=…/socketlab -DLANGUAGE=en|pt_BR -DINCLUDE_FILE=….h2m
#       -DOUTPUT=…/socketlab.1 -DWORK_DIR=… -P make-manpage.cmake
# One manual page from the program's --help and --version in LANGUAGE, and OUTPUT.gz beside it;
# its NAME line and what --help does not say come from the include file (help2man decodes
# that file, not its --name argument, in the locale's encoding).
# help2man writes its own headings (NAME, SYNOPSIS...) and reads "Usage:" in the language of
# the locale it is given; the pt_BR locale is compiled into WORK_DIR (localedef, package
# locales) so the build needs no locale installed on the system, nor root.

if(LANGUAGE STREQUAL "pt_BR")
    set(locale pt_BR.UTF-8)
    set(locale_dir ${WORK_DIR}/locale)
    if(NOT EXISTS ${locale_dir}/${locale}/LC_CTYPE)
        file(MAKE_DIRECTORY ${locale_dir})
        # Exit status 1 for warnings about the locale source is harmless here: -c writes it anyway.
        execute_process(COMMAND localedef -c -i pt_BR -f UTF-8 ${locale_dir}/${locale}
                        RESULT_VARIABLE result ERROR_VARIABLE errors)
        if(NOT EXISTS ${locale_dir}/${locale}/LC_CTYPE)
            message(FATAL_ERROR "localedef could not make ${locale} (Debian: apt install locales): ${errors}")
        endif()
    endif()
    set(environment LOCPATH=${locale_dir})
else()
    set(locale C.UTF-8)
    set(environment)
endif()

# --headless: no display needed for --help and --version.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env ${environment} LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
            ${HELP2MAN} --no-info --section=1 --locale=${locale}
            --include=${INCLUDE_FILE}
            "--help-option=--headless --lang ${LANGUAGE} --help"
            "--version-option=--headless --lang ${LANGUAGE} --version"
            --output=${OUTPUT} ${PROGRAM}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed (${result}) for ${PROGRAM} in ${LANGUAGE}")
endif()
execute_process(COMMAND gzip -9n -f -k ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip -9n ${OUTPUT} failed")
endif()
