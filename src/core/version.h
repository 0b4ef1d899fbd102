#ifndef IL_VERSION_H
#define IL_VERSION_H

#define IL_VERSION "0.1.0"

#endif /* IL_VERSION_H */
