# Validates the desktop entry or the AppStream metadata, as ctest runs it:
#   cmake -DDESKTOP_FILE=path -P check-metadata.cmake   desktop-file-validate; any message fails, hints too
#   cmake -DMETAINFO=path -P check-metadata.cmake       appstreamcli validate --no-net --pedantic --strict
#   cmake -DTREE=dir -P check-metadata.cmake            appstreamcli validate-tree on an install tree
# --strict fails on every issue above pedantic. The one pedantic note left,
# cid-contains-uppercase-letter, is the app id itself (app.paperboy.Paperboy),
# which the desktop entry, the keyring service and the settings already use.
cmake_minimum_required(VERSION 3.22)

function(require_tool var name package)
    find_program(${var} ${name})
    if(NOT ${var})
        message(FATAL_ERROR "${name} is required for this test (apt install ${package}; scripts/setup.sh installs it)")
    endif()
endfunction()

function(run_checked)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message("${out}")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "failed (exit ${status}): ${ARGN}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

if(DEFINED DESKTOP_FILE)
    require_tool(validator desktop-file-validate desktop-file-utils)
    run_checked(${validator} "${DESKTOP_FILE}")
    string(STRIP "${output}" output)
    if(NOT output STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate has something to say about ${DESKTOP_FILE}")
    endif()
    message(STATUS "${DESKTOP_FILE}: valid")
elseif(DEFINED METAINFO)
    require_tool(appstreamcli appstreamcli appstream)
    run_checked(${appstreamcli} validate --no-net --pedantic --strict "${METAINFO}")
elseif(DEFINED TREE)
    require_tool(appstreamcli appstreamcli appstream)
    run_checked(${appstreamcli} validate-tree --no-net --pedantic --strict "${TREE}")
else()
    message(FATAL_ERROR "usage: cmake -DDESKTOP_FILE=F | -DMETAINFO=F | -DTREE=DIR -P check-metadata.cmake")
endif()
