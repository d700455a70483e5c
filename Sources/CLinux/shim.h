// Linux declarations the Glibc Swift module leaves out (they sit behind _GNU_SOURCE or in
// headers it does not include): epoll, eventfd, accept4, pthread_setname_np.
// Used by HTTPServer's Socket/ layer only. Declarations only, no code.
#ifndef RECTIFY_CLINUX_SHIM_H
#define RECTIFY_CLINUX_SHIM_H
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

extern int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);
extern int pthread_setname_np(pthread_t thread, const char *name);
#endif
