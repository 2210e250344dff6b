import AgileCore
